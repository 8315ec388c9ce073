import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { booleanQuery, PageQueryDto } from '@parley/server-core';
import { DELIVERY_STATUSES, PERFORMANCE_SORTS, type DeliveryStatus, type PerformanceSortKey } from '@parley/shared-types';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_COUNT = 2_000_000_000;

/** A count of a post's metric: a whole number, 0 or more. */
const Count = (name: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, example: 1200 }),
    IsOptional(),
    IsInt({ message: `${name} must be a whole number` }),
    Min(0, { message: `${name} must be 0 or more` }),
    Max(MAX_COUNT),
  );

const ContentUrl = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'https://www.instagram.com/reel/C9x…/' }),
    IsOptional(),
    Transform(trim),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'contentUrl must be an http(s) link to the post or the draft' }),
    MaxLength(2_000),
  );

const Caption = () =>
  applyDecorators(ApiPropertyOptional({ example: 'Muddy miles in the TrailGrip 3 #ad #TrailheadPartner @trailhead.running' }), IsOptional(), IsString({ message: 'caption must be text' }), MaxLength(10_000));

const PostDate = () =>
  applyDecorators(ApiPropertyOptional({ example: '2027-03-20T15:00:00.000Z' }), IsOptional(), IsISO8601({ strict: true }, { message: 'postDate must be an ISO 8601 date' }));

/** The content link, caption, post date and figures; the status moves only through submit, approve, reject and publish. */
export class UpdateDeliveryDto {
  @ContentUrl() contentUrl?: string;
  @Caption() caption?: string;
  @PostDate() postDate?: string;

  @ApiPropertyOptional({ description: "The platform's own paid-partnership label is on the post (counts as a disclosure)" })
  @IsOptional()
  @IsBoolean({ message: 'platformLabel must be true or false' })
  platformLabel?: boolean;

  @Count('views') views?: number;
  @Count('likes') likes?: number;
  @Count('comments') comments?: number;
  @Count('shares') shares?: number;
  @Count('clicks') clicks?: number;
  @Count('saves') saves?: number;
  @Count('reach') reach?: number;
}

export class SubmitDeliveryDto {
  @ContentUrl() contentUrl?: string;
  @Caption() caption?: string;
}

export class PublishDeliveryDto {
  @ContentUrl() contentUrl?: string;
  @Caption() caption?: string;
  @PostDate() postDate?: string;
}

export class RejectDeliveryDto {
  @ApiProperty({ example: 'The product is not visible in the first three seconds.' })
  @Transform(trim)
  @IsString({ message: 'reason must say what should change' })
  @IsNotEmpty({ message: 'reason must say what should change' })
  @MaxLength(2_000)
  reason!: string;
}

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'contractId must be a contract id' })
  contractId?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ description: 'Only those past their due date and neither published nor cancelled' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
}

export class PerformanceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PERFORMANCE_SORTS, default: 'spend', description: 'What the creators are sorted by (nulls last)' })
  @IsOptional()
  @IsIn(PERFORMANCE_SORTS, { message: `sort must be one of ${PERFORMANCE_SORTS.join(', ')}` })
  sort?: PerformanceSortKey;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}
