import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsFQDN, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PutEmailChannelDto {
  @ApiProperty({ example: 'Sam from Trailhead', description: 'The name in the From header' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'fromName must not be empty' })
  @MaxLength(100)
  // Header injection: a display name never carries line breaks or angle brackets.
  @Matches(/^[^\r\n<>]+$/, { message: 'fromName must not contain line breaks or < >' })
  fromName!: string;

  @ApiProperty({ example: 'sam@trailhead.example.com', description: 'The sender address; its domain should have SPF and DKIM set up' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'fromEmail must be a valid email address' })
  fromEmail!: string;

  @ApiPropertyOptional({ example: 'replies.trailhead.example.com', nullable: true, description: 'Domain of the per-outreach reply addresses; default: the sender’s domain' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsFQDN({}, { message: 'replyDomain must be a domain name such as replies.example.com' })
  replyDomain?: string | null;

  @ApiPropertyOptional({
    example: 'imaps://replies%40trailhead.example.com:app-password@imap.example.com:993/INBOX',
    nullable: true,
    description: 'The mailbox replies arrive in, read over IMAP (user and password URL-encoded; mailbox default INBOX). Stored encrypted, never returned; null removes it, absent keeps it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^imaps?:\/\//i, { message: 'imapUrl must be an imap:// or imaps:// URL' })
  imapUrl?: string | null;
}
