import { Body, Controller, Get, Header, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiConsumes, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { APP_CONFIG, Auth, ParseIdPipe, Public, RawResponse, ValidationException, limitBytes, readMultipartFile, type AppConfig, type AuthContext } from '@parley/server-core';
import type { Request, Response } from 'express';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CampaignPerformanceDto, CreatorDeliveryDto, CreatorPageDto, DeliveryDetailDto, DeliveryDto, Pagination } from '@parley/shared-types';
import { CampaignPerformance } from './campaign-performance';
import { DeliveriesService, teamOf } from './deliveries.service';
import { DeliveryReminders } from './delivery-reminders';
import { MetricsImport, type ImportRowError } from './metrics-import';
import { PublicDeliveries } from './public-deliveries';
import { DeliveryQueryDto, PerformanceQueryDto, PublishDeliveryDto, RejectDeliveryDto, SubmitDeliveryDto, UpdateDeliveryDto } from './deliveries.dto';
import { performanceCsv } from './performance-csv';

const deliveryId = new ParseIdPipe('Delivery');
const campaignId = new ParseIdPipe('Campaign');
const ILLEGAL = { schema: { example: { success: false, error: { code: 'INVALID_TRANSITION', message: 'Delivery cannot move from pending to approved (allowed: submitted)' } } } };

class RemindDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this campaign (default: the whole store)' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string;
}

/** Registered before the outreach controller, whose /influencer/outreach/:id would otherwise take /deliveries. */
@ApiTags('Deliveries')
@ApiBearerAuth()
@Controller('influencer/outreach/deliveries')
export class DeliveriesController {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly importer: MetricsImport,
    private readonly reminders: DeliveryReminders,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'IMPORT_MAX_BYTES'>,
  ) {}

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiOperation({
    summary: 'Import figures from a CSV',
    description:
      'Multipart field `file` or a `text/csv` body. A header row; each row names its delivery by `deliveryId` or `contentUrl` (matched without scheme, www. or trailing slash) and gives any of views, likes, comments, shares, clicks, saves, reach. Good rows are applied and labelled `import` in the history; bad rows are listed by line (the header is line 1) and field.',
  })
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({ schema: { example: { success: true, data: { updated: 41, errors: [{ row: 7, field: 'views', message: 'views must be a whole number, 0 or more (got "12k")' }] } } } })
  async import(@Auth() auth: AuthContext, @Req() req: Request): Promise<{ updated: number; errors: ImportRowError[] }> {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('multipart/form-data')) return readMultipartFile(req, { field: 'file', maxBytes: this.config.IMPORT_MAX_BYTES }, (file) => this.importer.importCsv(auth, file));
    if (type.startsWith('text/csv') || type.startsWith('application/csv')) return this.importer.importCsv(auth, limitBytes(req, this.config.IMPORT_MAX_BYTES));
    throw new ValidationException([{ field: 'file', messages: ['send the CSV as the multipart field `file`, or as a text/csv body'] }]);
  }

  @Post('reminders')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remind now: creators with content due within 3 days get an email (once per delivery); deliveries newly overdue are told to the team' })
  @ApiOkResponse({ schema: { example: { success: true, data: { reminded: 3, overdue: 1 } } } })
  remind(@Auth() auth: AuthContext, @Body() dto: RemindDto): Promise<{ reminded: number; overdue: number }> {
    return this.reminders.remind({ storeId: auth.storeId, campaignId: dto.campaignId });
  }

  @Get()
  @ApiOperation({ summary: 'Deliveries, soonest due first, by campaign, contract or status' })
  list(@Auth() auth: AuthContext, @Query() query: DeliveryQueryDto): Promise<{ deliveries: DeliveryDto[]; pagination: Pagination }> {
    return this.deliveries.list(auth, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delivery with the history of its figures (who changed what, when, typed or imported)' })
  @ApiNotFoundResponse({ description: 'No such delivery in this store' })
  get(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string): Promise<DeliveryDetailDto> {
    return this.deliveries.get(auth, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'The content link, caption, post date and figures (views, likes, comments, shares, clicks, saves, reach); the status moves only by submit, approve, reject, publish' })
  @ApiUnprocessableEntityResponse({ description: 'A negative or fractional figure, or a field that is not editable (status), each named' })
  update(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: UpdateDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.update(auth, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending or rejected → submitted: a draft or the post (contentUrl and/or caption, here or set before); the caption is checked against the brief' })
  @ApiConflictResponse(ILLEGAL)
  submit(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: SubmitDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.move(auth.storeId, teamOf(auth), id, 'submit', dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'submitted → approved (the creator is emailed)' })
  @ApiConflictResponse(ILLEGAL)
  approve(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string): Promise<DeliveryDto> {
    return this.deliveries.move(auth.storeId, teamOf(auth), id, 'approve', {});
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'submitted → rejected with {reason} (the creator is emailed the reason); back to submitted after changes' })
  @ApiConflictResponse(ILLEGAL)
  reject(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: RejectDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.move(auth.storeId, teamOf(auth), id, 'reject', dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'approved → published: the post link (here or set before) and its date (default now); the caption is checked again; the contract completes when every delivery is published' })
  @ApiConflictResponse(ILLEGAL)
  publish(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: PublishDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.move(auth.storeId, teamOf(auth), id, 'publish', dto);
  }
}

@ApiTags('Campaigns')
@ApiBearerAuth()
@Controller('influencer/outreach/campaigns')
export class CampaignPerformanceController {
  constructor(private readonly performance: CampaignPerformance) {}

  @Get(':id/performance')
  @ApiOperation({
    summary: 'Spend, views, engagements, engagement rate, clicks, CPE, CPM and CPC in total, per creator and per platform, and the funnel',
    description:
      'spend = compensation of signed, active and completed contracts; engagements = likes + comments + shares; CPE = spend / engagements, CPM = spend / views × 1000, CPC = spend / clicks, decimal strings to the cent (half up), null when the divisor is 0; engagementRate = engagements / views to 4 decimals.',
  })
  @ApiOkResponse({ description: '{campaignId, budget, totals, influencers (one sorted page), influencerPagination, platforms, funnel, metricsSources, timeline, overdue}' })
  @ApiNotFoundResponse({ description: 'No such campaign in this store' })
  of(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Query() query: PerformanceQueryDto): Promise<CampaignPerformanceDto> {
    return this.performance.of(auth, id, query);
  }

  @Get(':id/performance.csv')
  @RawResponse()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The per-creator performance table and its totals as CSV (every creator, sorted like the JSON)' })
  @ApiProduces('text/csv')
  async csv(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Query() query: PerformanceQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Disposition', `attachment; filename="performance-${id.slice(0, 8)}.csv"`);
    return performanceCsv(await this.performance.all(auth, id, query));
  }
}

@ApiTags('Deliveries')
@ApiBearerAuth()
@Controller('influencer/outreach/contracts')
export class DeliveryLinkController {
  constructor(private readonly creators: PublicDeliveries) {}

  @Post(':id/delivery-link')
  @HttpCode(200)
  @ApiOperation({ summary: "The creator's delivery page for a signed contract (PUBLIC_URL/deliver/<token>), emailed to them; 409 before it is signed" })
  @ApiOkResponse({ schema: { example: { success: true, data: { url: 'https://parley.example.com/deliver/…', expiresAt: '2027-06-29T12:00:00.000Z', emailed: true } } } })
  link(@Auth() auth: AuthContext, @Param('id', new ParseIdPipe('Contract')) id: string): Promise<{ url: string; expiresAt: string; emailed: boolean }> {
    return this.creators.send(auth, id);
  }
}

/** The creator's page: no bearer token, the link's token is the key. */
@ApiTags('Deliveries (creator, public)')
@Public()
@Controller('public/deliveries')
export class PublicDeliveriesController {
  constructor(private readonly creators: PublicDeliveries) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'What the creator promised: items, due dates, status, rejection reasons and the brief' })
  @ApiNotFoundResponse({ description: 'A link we never made' })
  @ApiGoneResponse({ description: 'Expired, or the contract was cancelled' })
  page(@Param('token') token: string): Promise<CreatorPageDto> {
    return this.creators.page(token);
  }

  @Post(':token/:deliveryId/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'The creator submits a draft or the post (contentUrl and/or caption) for review; the team is notified' })
  submit(@Param('token') token: string, @Param('deliveryId', deliveryId) id: string, @Body() dto: SubmitDeliveryDto): Promise<{ delivery: CreatorDeliveryDto }> {
    return this.creators.move(token, id, 'submit', dto);
  }

  @Post(':token/:deliveryId/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'The creator marks an approved item published with the post link (and date); the team is notified' })
  publish(@Param('token') token: string, @Param('deliveryId', deliveryId) id: string, @Body() dto: PublishDeliveryDto): Promise<{ delivery: CreatorDeliveryDto }> {
    return this.creators.move(token, id, 'publish', dto);
  }
}
