import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { CampaignPerformanceDto, DeliveryDetailDto, DeliveryDto, Pagination } from '@parley/shared-types';
import { CampaignPerformance } from './campaign-performance';
import { DeliveriesService } from './deliveries.service';
import { DeliveryQueryDto, PublishDeliveryDto, RejectDeliveryDto, SubmitDeliveryDto, UpdateDeliveryDto } from './deliveries.dto';

const deliveryId = new ParseIdPipe('Delivery');
const campaignId = new ParseIdPipe('Campaign');
const ILLEGAL = { schema: { example: { success: false, error: { code: 'INVALID_TRANSITION', message: 'Delivery cannot move from pending to approved (allowed: submitted)' } } } };

/** Registered before the outreach controller, whose /influencer/outreach/:id would otherwise take /deliveries. */
@ApiTags('Deliveries')
@ApiBearerAuth()
@Controller('influencer/outreach/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

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
    return this.deliveries.move(auth, id, 'submit', dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'submitted → approved (the creator is emailed)' })
  @ApiConflictResponse(ILLEGAL)
  approve(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string): Promise<DeliveryDto> {
    return this.deliveries.move(auth, id, 'approve', {});
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'submitted → rejected with {reason} (the creator is emailed the reason); back to submitted after changes' })
  @ApiConflictResponse(ILLEGAL)
  reject(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: RejectDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.move(auth, id, 'reject', dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'approved → published: the post link (here or set before) and its date (default now); the caption is checked again; the contract completes when every delivery is published' })
  @ApiConflictResponse(ILLEGAL)
  publish(@Auth() auth: AuthContext, @Param('id', deliveryId) id: string, @Body() dto: PublishDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.move(auth, id, 'publish', dto);
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
  @ApiOkResponse({ description: '{campaignId, budget, totals, influencers, platforms, funnel, metricsSources}' })
  @ApiNotFoundResponse({ description: 'No such campaign in this store' })
  of(@Auth() auth: AuthContext, @Param('id', campaignId) id: string): Promise<CampaignPerformanceDto> {
    return this.performance.of(auth, id);
  }
}
