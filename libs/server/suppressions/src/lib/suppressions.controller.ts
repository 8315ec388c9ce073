import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, PageQueryDto, type AuthContext } from '@parley/server-core';
import { SUPPRESSION_REASONS, type ListOf, type SuppressionDto, type SuppressionReason } from '@parley/shared-types';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { SuppressionsService } from './suppressions.service';

class AddSuppressionDto {
  @ApiProperty({ example: 'creator@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @ApiPropertyOptional({ enum: SUPPRESSION_REASONS, default: 'manual' })
  @IsOptional()
  @IsIn(SUPPRESSION_REASONS, { message: `reason must be one of ${SUPPRESSION_REASONS.join(', ')}` })
  reason?: SuppressionReason;

  @ApiPropertyOptional({ example: 'Asked us by phone not to email again' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

class RemoveSuppressionDto {
  @ApiProperty({ example: 'creator@example.com' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;
}

class SuppressionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of an address' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

const EXAMPLE = { id: '0f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b', email: 'creator@example.com', reason: 'unsubscribe', note: null, createdAt: '2026-11-29T10:00:00.000Z' };

@ApiTags('Suppressions')
@ApiBearerAuth()
@Controller('suppressions')
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsService) {}

  @Get()
  @ApiOperation({ summary: 'The store’s do-not-contact list, newest first' })
  @ApiOkResponse({ schema: { example: { success: true, data: { suppressions: [EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: SuppressionListQueryDto): Promise<ListOf<'suppressions', SuppressionDto>> {
    return this.suppressions.list(auth, query);
  }

  @Post()
  @ApiOperation({ summary: 'Never contact this address again (201; 200 when it was already on the list)' })
  @ApiCreatedResponse({ schema: { example: { success: true, data: { ...EXAMPLE, reason: 'manual' } } } })
  async add(@Auth() auth: AuthContext, @Body() dto: AddSuppressionDto, @Res({ passthrough: true }) res: Response): Promise<SuppressionDto> {
    const { suppression, created } = await this.suppressions.add(auth.storeId, dto.email, dto.reason ?? 'manual', dto.note ?? null);
    res.status(created ? 201 : 200);
    return suppression;
  }

  @Delete(':idOrEmail')
  @ApiOperation({ summary: 'Remove an entry, by its id or by the address' })
  @ApiOkResponse({ schema: { example: { success: true, data: { id: EXAMPLE.id, email: EXAMPLE.email, deleted: true } } } })
  @ApiNotFoundResponse({ description: 'The address is not on the list' })
  remove(@Auth() auth: AuthContext, @Param('idOrEmail') idOrEmail: string): Promise<{ id: string; email: string; deleted: true }> {
    return this.suppressions.remove(auth, idOrEmail);
  }

  @Delete()
  @ApiOperation({ summary: 'Remove an entry by the address in the body `{email}`' })
  @ApiOkResponse({ schema: { example: { success: true, data: { id: EXAMPLE.id, email: EXAMPLE.email, deleted: true } } } })
  removeByBody(@Auth() auth: AuthContext, @Body() dto: RemoveSuppressionDto): Promise<{ id: string; email: string; deleted: true }> {
    return this.suppressions.remove(auth, dto.email);
  }
}
