import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, RawResponse, type AuthContext } from '@parley/server-core';
import type { ContractDto, ContractSummaryDto, DeliveryDto, Pagination } from '@parley/shared-types';
import { ContractDeliveries } from './contract-deliveries';
import { ContractSending } from './contract-sending';
import { ContractQueryDto, ContractSummaryQueryDto, CreateContractDto, UpdateContractDto } from './contracts.dto';
import { ContractsService } from './contracts.service';

const contractId = new ParseIdPipe('Contract');

export const CONTRACT_EXAMPLE: ContractDto = {
  id: '3c1f7a52-8e0d-4b6a-9c2f-5d4e3b2a1f00',
  campaignId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  campaignName: 'TrailGrip 3 launch',
  influencerId: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f',
  influencerName: 'Jordan Rivera',
  influencerUsername: 'jordan.runs',
  influencerEmail: 'jordan@example.com',
  offerId: null,
  templateId: null,
  deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2, dueDate: '2027-03-20T12:00:00.000Z' }],
  compensation: '750.00',
  currency: 'USD',
  compensationType: 'flat_fee',
  startDate: '2027-03-15T12:00:00.000Z',
  endDate: '2027-04-30T12:00:00.000Z',
  contentGuidelines: 'Show the shoe on a muddy trail.',
  mustInclude: ['#TrailheadPartner'],
  mustAvoid: ['competitor brands'],
  exclusivity: true,
  usageRights: 'perpetual',
  clauses: [{ heading: 'Payment', body: 'The Brand pays 750.00 USD (flat fee) within 30 days of the last deliverable being published.' }],
  status: 'draft',
  sentAt: null,
  signedAt: null,
  cancelledAt: null,
  completedAt: null,
  signingExpiresAt: null,
  audit: null,
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
};

/** Registered before the outreach controller, whose /influencer/outreach/:id would otherwise take /contracts. */
@ApiTags('Contracts')
@ApiBearerAuth()
@Controller('influencer/outreach/contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly sending: ContractSending,
    private readonly deliveries: ContractDeliveries,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Write a contract (a draft)',
    description:
      "Reserves the compensation against the campaign's budget in the same transaction (409 BUDGET_EXCEEDED when it does not fit). With `offerId` (an accepted offer of this influencer in this campaign) the offer's reservation becomes the contract's. The clauses come from `templateId`, else the store's default contract template, else the built-in agreement.",
  })
  @ApiCreatedResponse({ schema: { example: { success: true, data: CONTRACT_EXAMPLE } } })
  @ApiConflictResponse({ description: 'BUDGET_EXCEEDED, or a contract was already written from the offer' })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, each named' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateContractDto): Promise<ContractDto> {
    return this.contracts.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Contracts, newest first, filtered by campaign, influencer or status' })
  @ApiOkResponse({ schema: { example: { success: true, data: { contracts: [CONTRACT_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: ContractQueryDto): Promise<{ contracts: ContractDto[]; pagination: Pagination }> {
    return this.contracts.list(auth, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'How many contracts are in each status (the status board)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { byStatus: { draft: 2, sent: 1, signed: 0, active: 3, completed: 1, cancelled: 0 } } } } })
  summary(@Auth() auth: AuthContext, @Query() query: ContractSummaryQueryDto): Promise<ContractSummaryDto> {
    return this.contracts.summary(auth, query.campaignId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One contract: its terms, clauses, status and, once signed, the audit' })
  @ApiOkResponse({ schema: { example: { success: true, data: CONTRACT_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such contract in this store' })
  get(@Auth() auth: AuthContext, @Param('id', contractId) id: string): Promise<ContractDto> {
    return this.contracts.get(auth, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft (a changed compensation is re-reserved against the budget); 409 once sent' })
  @ApiOkResponse({ schema: { example: { success: true, data: CONTRACT_EXAMPLE } } })
  @ApiConflictResponse({ description: 'The contract is not a draft, or the new compensation does not fit the budget' })
  update(@Auth() auth: AuthContext, @Param('id', contractId) id: string, @Body() dto: UpdateContractDto): Promise<ContractDto> {
    return this.contracts.update(auth, id, dto);
  }

  @Get(':id/pdf')
  @RawResponse()
  @ApiOperation({ summary: 'The contract as a PDF: rendered from the current terms until signed, then the stored signed PDF byte for byte' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'application/pdf' })
  async pdf(@Auth() auth: AuthContext, @Param('id', contractId) id: string): Promise<StreamableFile> {
    return pdfFile(await this.contracts.pdf(auth, id), `contract-${id.slice(0, 8)}.pdf`);
  }

  @Post(':id/send')
  @HttpCode(200)
  @ApiOperation({ summary: 'Email the influencer a signing link (status sent); sending again makes a new link and retires the old one' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...CONTRACT_EXAMPLE, status: 'sent', sentAt: '2026-11-30T10:00:00.000Z', signingExpiresAt: '2026-12-30T10:00:00.000Z' } } } })
  @ApiConflictResponse({ description: 'Not a draft or sent contract, the influencer has no email, or no sender identity' })
  send(@Auth() auth: AuthContext, @Param('id', contractId) id: string): Promise<ContractDto> {
    return this.sending.send(auth, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel: the budget reservation is released, the signing link stops working, and the accepted offer it came from is cancelled' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...CONTRACT_EXAMPLE, status: 'cancelled', cancelledAt: '2026-11-30T11:00:00.000Z' } } } })
  @ApiConflictResponse({ description: 'Already completed or cancelled' })
  cancel(@Auth() auth: AuthContext, @Param('id', contractId) id: string): Promise<ContractDto> {
    return this.contracts.cancel(auth, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The promised items, one row each (created when the contract is signed)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { deliveries: [] } } } })
  async listDeliveries(@Auth() auth: AuthContext, @Param('id', contractId) id: string): Promise<{ deliveries: DeliveryDto[] }> {
    await this.contracts.get(auth, id);
    return { deliveries: await this.deliveries.list(auth.storeId, id) };
  }
}

export const pdfFile = (pdf: Buffer, filename: string) => new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
