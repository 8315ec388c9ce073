import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { ListOf, PreviewDto as PreviewResult, TemplateDto, TemplateVariableDto } from '@parley/shared-types';
import { PREVIEW_EXAMPLE, TEMPLATE_EXAMPLE } from './examples';
import { CreateTemplateDto, PreviewDto, TemplateListQueryDto, UpdateTemplateDto } from './template.dto';
import { TEMPLATE_VARIABLES } from './template-variables';
import { TemplatesService } from './templates.service';

const templateId = new ParseIdPipe('Template');

@ApiTags('Templates')
@ApiBearerAuth()
@Controller('influencer/outreach/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get('variables')
  @ApiOperation({ summary: 'Every placeholder a template may use, with a description and an example' })
  @ApiOkResponse({ schema: { example: { success: true, data: { variables: TEMPLATE_VARIABLES.slice(0, 2) } } } })
  variables(): { variables: readonly TemplateVariableDto[] } {
    return { variables: TEMPLATE_VARIABLES };
  }

  @Post()
  @ApiOperation({ summary: 'Create a template', description: 'Unknown {{placeholders}} answer 422 naming each; email templates need a subject; a DM template whose text alone is over the channel limit is refused.' })
  @ApiCreatedResponse({ schema: { example: { success: true, data: { ...TEMPLATE_EXAMPLE, isDefault: false } } } })
  @ApiUnprocessableEntityResponse({ schema: { example: { success: false, error: { code: 'VALIDATION_FAILED', message: 'Unknown placeholder: {{foo}}', details: [{ field: 'body', messages: ['unknown placeholder {{foo}}: see GET /api/influencer/outreach/templates/variables'] }] } } } })
  create(@Auth() auth: AuthContext, @Body() dto: CreateTemplateDto): Promise<TemplateDto> {
    return this.templates.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List templates, newest first (filters: channel, templateType)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { templates: [TEMPLATE_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: TemplateListQueryDto): Promise<ListOf<'templates', TemplateDto>> {
    return this.templates.list(auth, query);
  }

  @Get(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: TEMPLATE_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such template in this store' })
  get(@Auth() auth: AuthContext, @Param('id', templateId) id: string): Promise<TemplateDto> {
    return this.templates.get(auth, id);
  }

  @Patch(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: TEMPLATE_EXAMPLE } } })
  update(@Auth() auth: AuthContext, @Param('id', templateId) id: string, @Body() dto: UpdateTemplateDto): Promise<TemplateDto> {
    return this.templates.update(auth, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: { id: TEMPLATE_EXAMPLE.id, deleted: true } } } })
  remove(@Auth() auth: AuthContext, @Param('id', templateId) id: string): Promise<{ id: string; deleted: true }> {
    return this.templates.remove(auth, id);
  }

  @Post(':id/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render the template for a creator (and campaign) exactly as sending would, with warnings and the spam check' })
  @ApiOkResponse({ schema: { example: { success: true, data: PREVIEW_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'The template, creator or campaign is not in this store' })
  preview(@Auth() auth: AuthContext, @Param('id', templateId) id: string, @Body() dto: PreviewDto): Promise<PreviewResult> {
    return this.templates.preview(auth, id, dto);
  }
}
