import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, PageQueryDto, ParseIdPipe, pageOf, paginationOf, type AuthContext } from '@parley/server-core';
import type { ApiKeyDto, CreatedApiKeyDto, ListOf } from '@parley/shared-types';
import { CreateApiKeyDto } from './auth.dto';
import { ApiKeysService } from './api-keys.service';
import { API_KEY_EXAMPLE } from './examples';

@ApiTags('API keys')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key', description: 'The key is in this answer only; it is stored hashed. Use it as `Authorization: Bearer <key>`.' })
  @ApiCreatedResponse({ schema: { example: { success: true, data: { ...API_KEY_EXAMPLE, key: 'prly_Xb3…' } } } })
  create(@Auth() auth: AuthContext, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(auth, dto.name);
  }

  @Get()
  @ApiOperation({ summary: 'List the store’s API keys (never their secrets), revoked ones included' })
  @ApiOkResponse({ schema: { example: { success: true, data: { apiKeys: [API_KEY_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  async list(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<ListOf<'apiKeys', ApiKeyDto>> {
    const { page, perPage, offset } = pageOf(query);
    const [apiKeys, total] = await this.keys.list(auth, { offset, perPage });
    return { apiKeys, pagination: paginationOf(page, perPage, total) };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a key at once' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...API_KEY_EXAMPLE, revokedAt: '2026-11-29T10:00:00.000Z' } } } })
  @ApiNotFoundResponse({ description: 'No such key in this store' })
  revoke(@Auth() auth: AuthContext, @Param('id', new ParseIdPipe('API key')) id: string): Promise<ApiKeyDto> {
    return this.keys.revoke(auth, id);
  }
}
