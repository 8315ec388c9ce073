import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { ContractTemplateDto } from '@parley/shared-types';
import { ContractTemplatesService } from './contract-templates.service';
import { CreateContractTemplateDto, UpdateContractTemplateDto } from './contracts.dto';

const templateId = new ParseIdPipe('Contract template');

@ApiTags('Contracts')
@ApiBearerAuth()
@Controller('contract-templates')
export class ContractTemplatesController {
  constructor(private readonly templates: ContractTemplatesService) {}

  @Get()
  @ApiOperation({ summary: "The store's contract templates, the built-in agreement and the placeholders clauses may use" })
  @ApiOkResponse({ description: '{contractTemplates, builtIn: {name, clauses}, placeholders}' })
  list(@Auth() auth: AuthContext) {
    return this.templates.list(auth.storeId);
  }

  @Post()
  @ApiOperation({ summary: 'Add a contract template (isDefault makes it the one new contracts use)' })
  @ApiCreatedResponse({ description: 'The template' })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields or an unknown placeholder, each named' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateContractTemplateDto): Promise<ContractTemplateDto> {
    return this.templates.create(auth.storeId, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a contract template (contracts already written keep their clauses)' })
  @ApiOkResponse({ description: 'The template' })
  update(@Auth() auth: AuthContext, @Param('id', templateId) id: string, @Body() dto: UpdateContractTemplateDto): Promise<ContractTemplateDto> {
    return this.templates.update(auth.storeId, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contract template' })
  @ApiNoContentResponse()
  async remove(@Auth() auth: AuthContext, @Param('id', templateId) id: string): Promise<void> {
    await this.templates.remove(auth.storeId, id);
  }
}
