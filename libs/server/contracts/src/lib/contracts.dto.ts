import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { DeliverableDto } from '@parley/server-campaigns';
import { IsCurrencyCode, IsMoney, NotBefore, PageQueryDto } from '@parley/server-core';
import { COMPENSATION_TYPES, CONTRACT_STATUSES, USAGE_RIGHTS, type CompensationType, type ContractStatus, type UsageRights } from '@parley/shared-types';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value);

export class ContractDeliverableInput extends DeliverableDto {
  @ApiPropertyOptional({ example: '2027-03-20T12:00:00.000Z', description: 'When it is due; without one the deliveries are spread over the contract period' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueDate must be an ISO 8601 date' })
  dueDate?: string;
}

export class CreateContractDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'campaignId must be the id of one of your campaigns' })
  campaignId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'influencerId must be the id of one of your influencers' })
  influencerId!: string;

  @ApiProperty({ type: [ContractDeliverableInput], example: [{ type: 'reel', platform: 'instagram', quantity: 2, dueDate: '2027-03-20T12:00:00.000Z' }] })
  @IsArray({ message: 'deliverables must be a list of {type, platform, quantity, dueDate?}' })
  @ArrayMinSize(1, { message: 'deliverables must name at least one piece of content' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContractDeliverableInput)
  deliverables!: ContractDeliverableInput[];

  @ApiProperty({ example: '750.00', description: 'A decimal string' })
  @IsMoney({ message: 'compensation must be an amount as a decimal string, e.g. "750.00"' })
  compensation!: string;

  @ApiPropertyOptional({ example: 'USD', default: 'USD' })
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;

  @ApiProperty({ enum: COMPENSATION_TYPES, example: 'flat_fee' })
  @IsIn(COMPENSATION_TYPES, { message: `compensationType must be one of ${COMPENSATION_TYPES.join(', ')}` })
  compensationType!: CompensationType;

  @ApiProperty({ example: '2027-03-15T12:00:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'startDate must be an ISO 8601 date' })
  startDate!: string;

  @ApiProperty({ example: '2027-04-30T12:00:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'endDate must be an ISO 8601 date' })
  @NotBefore('startDate')
  endDate!: string;

  @ApiPropertyOptional({ example: 'Show the shoe on a muddy trail; natural light.' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'contentGuidelines must be text' })
  @MaxLength(10_000)
  contentGuidelines?: string;

  @ApiPropertyOptional({ example: ['#TrailheadPartner', '@trailhead.running'] })
  @IsOptional()
  @Transform(trimAll)
  @IsArray({ message: 'mustInclude must be a list of strings' })
  @ArrayMaxSize(50)
  @IsString({ each: true, message: 'mustInclude must be a list of strings' })
  @MaxLength(500, { each: true })
  mustInclude?: string[];

  @ApiPropertyOptional({ example: ['competitor brands', 'medical claims'] })
  @IsOptional()
  @Transform(trimAll)
  @IsArray({ message: 'mustAvoid must be a list of strings' })
  @ArrayMaxSize(50)
  @IsString({ each: true, message: 'mustAvoid must be a list of strings' })
  @MaxLength(500, { each: true })
  mustAvoid?: string[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'exclusivity must be true or false' })
  exclusivity?: boolean;

  @ApiPropertyOptional({ enum: USAGE_RIGHTS, default: 'limited' })
  @IsOptional()
  @IsIn(USAGE_RIGHTS, { message: `usageRights must be one of ${USAGE_RIGHTS.join(', ')}` })
  usageRights?: UsageRights;

  @ApiPropertyOptional({ format: 'uuid', description: 'The accepted offer this contract writes down: its budget reservation becomes the contract\'s' })
  @IsOptional()
  @IsUUID('all', { message: 'offerId must be the id of an accepted offer' })
  offerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A contract template of the store; default: the store's default template, else the built-in agreement" })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be the id of one of your contract templates' })
  templateId?: string;
}

export class UpdateContractDto extends PartialType(OmitType(CreateContractDto, ['campaignId', 'influencerId', 'offerId', 'templateId'] as const)) {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: "Another contract template of the store; null goes back to the store's default (else the built-in agreement)" })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be the id of one of your contract templates' })
  templateId?: string | null;
}

export class ContractQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'influencerId must be an influencer id' })
  influencerId?: string;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES, { message: `status must be one of ${CONTRACT_STATUSES.join(', ')}` })
  status?: ContractStatus;
}

export class ContractSummaryQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string;
}

export class SignContractDto {
  @ApiProperty({ example: 'Jordan Rivera', description: 'The signer\'s full name, typed' })
  @Transform(trim)
  @IsString({ message: 'signerName must be your full name' })
  @IsNotEmpty({ message: 'signerName must be your full name' })
  @MaxLength(200)
  signerName!: string;

  @ApiProperty({ example: true, description: 'Explicit consent: must be true' })
  @Equals(true, { message: 'accept must be true: tick "I have read and agree to this agreement"' })
  accept!: boolean;
}

export class ContractClauseInput {
  @ApiProperty({ example: 'Payment' })
  @Transform(trim)
  @IsString({ message: 'heading must be text' })
  @IsNotEmpty({ message: 'heading must not be empty' })
  @MaxLength(200)
  heading!: string;

  @ApiProperty({ example: 'The Brand pays {{compensation}} within 30 days of the last deliverable being published.' })
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(10_000)
  body!: string;
}

export class CreateContractTemplateDto {
  @ApiProperty({ example: 'Standard agreement (EU)' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: [ContractClauseInput] })
  @IsArray({ message: 'clauses must be a list of {heading, body}' })
  @ArrayMinSize(1, { message: 'clauses must hold at least one clause' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ContractClauseInput)
  clauses!: ContractClauseInput[];

  @ApiPropertyOptional({ default: false, description: 'The template contracts use when they name none' })
  @IsOptional()
  @IsBoolean({ message: 'isDefault must be true or false' })
  isDefault?: boolean;
}

export class UpdateContractTemplateDto extends PartialType(CreateContractTemplateDto) {}
