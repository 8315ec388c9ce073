import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

class AccessTokenFields {
  @ApiProperty({ example: 'IGAAT…', description: 'The account’s access token; stored encrypted, never returned', writeOnly: true })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'accessToken must not be empty' })
  @MaxLength(2048)
  @Matches(/^\S+$/, { message: 'accessToken must not contain spaces' })
  accessToken!: string;

  @ApiPropertyOptional({ example: '2027-01-28T00:00:00.000Z', description: 'When the token expires, if the platform told you (long-lived Instagram tokens last 60 days)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'tokenExpiresAt must be an ISO 8601 date-time' })
  tokenExpiresAt?: string;
}

export class PutInstagramChannelDto extends AccessTokenFields {
  @ApiProperty({ example: '17841400000000001', description: 'The Instagram professional account’s user id (IG_ID)' })
  @Transform(trim)
  @IsString()
  @Matches(/^\d{5,25}$/, { message: 'igUserId must be the numeric Instagram user id' })
  igUserId!: string;
}

export class PutTikTokChannelDto extends AccessTokenFields {
  @ApiProperty({ example: '-000Ab3dE9xQ2', description: 'The TikTok business account id (open_id)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'businessId must not be empty' })
  @MaxLength(200)
  @Matches(/^\S+$/, { message: 'businessId must not contain spaces' })
  businessId!: string;
}
