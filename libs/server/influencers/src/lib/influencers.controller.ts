import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, Auth, type AuthContext, limitBytes, ParseIdPipe, readMultipartFile, ValidationException } from '@parley/server-core';
import type { ImportResult, InfluencerDto, ListOf } from '@parley/shared-types';
import type { Request } from 'express';
import { CreateInfluencerDto, InfluencerListQueryDto, UpdateInfluencerDto } from './influencer.dto';
import { InfluencerImportService } from './influencer-import.service';
import { INFLUENCER_EXAMPLE } from './examples';
import { InfluencersService } from './influencers.service';

const influencerId = new ParseIdPipe('Influencer');

@ApiTags('Influencers')
@ApiBearerAuth()
@Controller('influencers')
export class InfluencersController {
  constructor(
    private readonly influencers: InfluencersService,
    private readonly importer: InfluencerImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Add an influencer', description: '`tier` is derived from followersCount: nano < 10,000 ≤ micro < 100,000 ≤ macro < 1,000,000 ≤ mega.' })
  @ApiCreatedResponse({ schema: { example: { success: true, data: INFLUENCER_EXAMPLE } } })
  create(@Auth() auth: AuthContext, @Body() dto: CreateInfluencerDto): Promise<InfluencerDto> {
    return this.influencers.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List influencers, newest first, with filters' })
  @ApiOkResponse({ schema: { example: { success: true, data: { influencers: [INFLUENCER_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: InfluencerListQueryDto): Promise<ListOf<'influencers', InfluencerDto>> {
    return this.influencers.list(auth, query);
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'application/json', 'text/csv')
  @ApiOperation({
    summary: 'Import influencers from CSV or JSON (upsert on platform + username)',
    description:
      'CSV: multipart field `file` (or a `text/csv` body) with a header row of field names; `niche` separated by `;`; an empty cell means the field is absent (an existing value is kept). JSON: `{influencers: [...]}`. Bad rows are reported in `errors` with `row` = the line in the file (the header is line 1) or the 1-based item index; good rows are imported.',
  })
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
        { type: 'object', properties: { influencers: { type: 'array', items: { $ref: '#/components/schemas/CreateInfluencerDto' } } }, required: ['influencers'] },
      ],
    },
    examples: { json: { value: { influencers: [{ username: 'maya.runs', platform: 'instagram', followersCount: 48200, engagementRate: 4.2, niche: ['fitness'] }] } } },
  })
  @ApiOkResponse({ schema: { example: { success: true, data: { created: 9998, updated: 0, errors: [{ row: 3, message: 'platform must be one of instagram, tiktok, youtube' }] } } } })
  @ApiPayloadTooLargeResponse({ description: 'The file is over IMPORT_MAX_BYTES or holds more than IMPORT_MAX_ROWS rows' })
  async import(@Auth() auth: AuthContext, @Req() req: Request): Promise<ImportResult> {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('multipart/form-data')) {
      return readMultipartFile(req, { field: 'file', maxBytes: this.config.IMPORT_MAX_BYTES }, (file) => this.importer.importCsv(auth, file));
    }
    if (type.startsWith('text/csv') || type.startsWith('application/csv')) return this.importer.importCsv(auth, limitBytes(req, this.config.IMPORT_MAX_BYTES));
    const body = req.body as { influencers?: unknown } | undefined;
    const extra = Object.keys(body ?? {}).filter((k) => k !== 'influencers');
    if (extra.length) throw new ValidationException(extra.map((field) => ({ field, messages: [`property ${field} should not exist`] })));
    if (!Array.isArray(body?.influencers)) {
      throw new ValidationException([{ field: 'influencers', messages: ['send a CSV in the multipart field `file`, or JSON {influencers: [...]}'] }]);
    }
    return this.importer.importJson(auth, body.influencers);
  }

  @Get(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: INFLUENCER_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such influencer in this store' })
  get(@Auth() auth: AuthContext, @Param('id', influencerId) id: string): Promise<InfluencerDto> {
    return this.influencers.get(auth, id);
  }

  @Patch(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: INFLUENCER_EXAMPLE } } })
  update(@Auth() auth: AuthContext, @Param('id', influencerId) id: string, @Body() dto: UpdateInfluencerDto): Promise<InfluencerDto> {
    return this.influencers.update(auth, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ schema: { example: { success: true, data: { id: INFLUENCER_EXAMPLE.id, deleted: true } } } })
  remove(@Auth() auth: AuthContext, @Param('id', influencerId) id: string): Promise<{ id: string; deleted: true }> {
    return this.influencers.remove(auth, id);
  }
}
