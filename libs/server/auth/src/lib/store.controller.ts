import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import type { StoreDto } from '@parley/shared-types';
import { UpdateStoreDto } from './auth.dto';
import { STORE_EXAMPLE } from './examples';
import { StoreService } from './store.service';

@ApiTags('Store')
@ApiBearerAuth()
@Controller('store')
export class StoreController {
  constructor(private readonly stores: StoreService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s store' })
  @ApiOkResponse({ schema: { example: { success: true, data: STORE_EXAMPLE } } })
  get(@Auth() auth: AuthContext): Promise<StoreDto> {
    return this.stores.get(auth);
  }

  @Patch()
  @ApiOperation({ summary: 'Update store settings (name, contact, postal address, time zone, sender name, tone)' })
  @ApiOkResponse({ schema: { example: { success: true, data: STORE_EXAMPLE } } })
  update(@Auth() auth: AuthContext, @Body() dto: UpdateStoreDto): Promise<StoreDto> {
    return this.stores.update(auth, dto);
  }
}
