import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import { WEBHOOK_EVENTS, type WebhookEvent, type WebhookSubscriptionDto } from '@parley/shared-types';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUrl } from 'class-validator';
import { WebhooksService } from './webhooks.service';

class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.example.com/parley' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['reply.received'] })
  @IsArray({ message: `events must be a list of ${WEBHOOK_EVENTS.join(', ')}` })
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `events must be among ${WEBHOOK_EVENTS.join(', ')}` })
  events!: WebhookEvent[];
}

const EXAMPLE = { id: '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9', url: 'https://hooks.example.com/parley', events: ['reply.received'], active: true, createdAt: '2026-11-30T09:00:00.000Z' };
const subscriptionId = new ParseIdPipe('Webhook subscription');

@ApiTags('Webhooks')
@ApiBearerAuth()
@Controller('webhook-subscriptions')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe an endpoint to store events',
    description:
      'Each event is POSTed as JSON `{id, event, createdAt, data}` with `X-Parley-Event`, `X-Parley-Delivery` and `X-Parley-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>`. Non-2xx answers are retried with exponential backoff (8 attempts). The secret is shown only in this response.',
  })
  @ApiCreatedResponse({ schema: { example: { success: true, data: { ...EXAMPLE, secret: 'whsec_…', deliveries: [] } } } })
  create(@Auth() auth: AuthContext, @Body() dto: CreateWebhookDto): Promise<WebhookSubscriptionDto> {
    return this.webhooks.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The store’s subscriptions, each with its latest deliveries (the delivery log)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { subscriptions: [{ ...EXAMPLE, deliveries: [{ id: '…', event: 'reply.received', status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null, deliveredAt: '2026-11-30T09:12:01.000Z', createdAt: '2026-11-30T09:12:00.000Z' }] }] } } } })
  list(@Auth() auth: AuthContext): Promise<{ subscriptions: WebhookSubscriptionDto[] }> {
    return this.webhooks.list(auth);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a subscription (pending deliveries to it are dropped)' })
  remove(@Auth() auth: AuthContext, @Param('id', subscriptionId) id: string): Promise<{ id: string; deleted: true }> {
    return this.webhooks.remove(auth, id);
  }
}
