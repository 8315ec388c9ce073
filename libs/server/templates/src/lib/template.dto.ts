import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '@parley/server-core';
import { CHANNELS, TEMPLATE_TYPES, type Channel, type TemplateType } from '@parley/shared-types';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateTemplateDto {
  @ApiProperty({ example: 'Spring launch: first email' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel!: Channel;

  @ApiProperty({ enum: TEMPLATE_TYPES, example: 'initial_outreach' })
  @IsIn(TEMPLATE_TYPES, { message: `templateType must be one of ${TEMPLATE_TYPES.join(', ')}` })
  templateType!: TemplateType;

  @ApiPropertyOptional({ example: '{{influencer_first_name}}, an idea for {{campaign_name}}', description: 'Required for email' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  subject?: string | null;

  @ApiProperty({ example: 'Hi {{influencer_first_name}},\n\n{{ai_compliment}}\n\n…' })
  @IsString({ message: 'body must be a string' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(20_000)
  body!: string;
}

/** Every field of create, optional; null clears a field that is optional on create and is refused for a required one. */
export class UpdateTemplateDto extends PartialType(CreateTemplateDto, { skipNullProperties: false }) {}

export class TemplateListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel?: Channel;

  @ApiPropertyOptional({ enum: TEMPLATE_TYPES })
  @IsOptional()
  @IsIn(TEMPLATE_TYPES, { message: `templateType must be one of ${TEMPLATE_TYPES.join(', ')}` })
  templateType?: TemplateType;
}

export class PreviewDto {
  @ApiProperty({ example: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f' })
  @IsUUID('all', { message: 'influencerId must be an influencer id (UUID)' })
  influencerId!: string;

  @ApiPropertyOptional({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;
}
