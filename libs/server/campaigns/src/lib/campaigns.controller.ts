import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { AddMembersResult, CampaignDto, CampaignSummaryDto, CampaignMemberDto, InfluencerDto, ListOf } from '@parley/shared-types';
import { AddMembersDto, CampaignListQueryDto, ChangeStatusDto, CreateCampaignDto, MembersQueryDto, UpdateCampaignDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';
import { CAMPAIGN_EXAMPLE } from './examples';

const campaignId = new ParseIdPipe('Campaign');
const page = (items: unknown[]) => ({ pagination: { page: 1, perPage: 20, total: items.length, pages: 1 } });

@ApiTags('Campaigns')
@ApiBearerAuth()
@Controller('influencer/outreach/campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a campaign (status draft)' })
  @ApiCreatedResponse({ schema: { example: { success: true, data: { ...CAMPAIGN_EXAMPLE, status: 'draft' } } } })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List campaigns, newest first; each carries its stats' })
  @ApiOkResponse({ schema: { example: { success: true, data: { campaigns: [CAMPAIGN_EXAMPLE], ...page([CAMPAIGN_EXAMPLE]) } } } })
  list(@Auth() auth: AuthContext, @Query() query: CampaignListQueryDto): Promise<ListOf<'campaigns', CampaignDto>> {
    return this.campaigns.list(auth, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Store-wide figures: campaigns by status and every campaign’s stats summed (rates recomputed)' })
  @ApiOkResponse({
    schema: {
      example: {
        success: true,
        data: { ...CAMPAIGN_EXAMPLE.stats, campaigns: 3, byStatus: { draft: 1, active: 1, paused: 0, completed: 1 }, influencers: 18, budget: '9000.00', budgetRemaining: '7750.00' },
      },
    },
  })
  summary(@Auth() auth: AuthContext): Promise<CampaignSummaryDto> {
    return this.campaigns.summary(auth);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign with stats computed from its outreach, contracts and deliveries' })
  @ApiOkResponse({ schema: { example: { success: true, data: CAMPAIGN_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such campaign in this store' })
  get(@Auth() auth: AuthContext, @Param('id', campaignId) id: string): Promise<CampaignDto> {
    return this.campaigns.get(auth, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update campaign fields (status changes go through /status)' })
  @ApiOkResponse({ schema: { example: { success: true, data: CAMPAIGN_EXAMPLE } } })
  update(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Body() dto: UpdateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.update(auth, id, dto);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change status: draft→active→paused⇄active→completed (a paused campaign may also be completed)' })
  @ApiOkResponse({ schema: { example: { success: true, data: CAMPAIGN_EXAMPLE } } })
  @ApiConflictResponse({ description: 'The move is not allowed from the current status', schema: { example: { success: false, error: { code: 'INVALID_TRANSITION', message: 'Campaign cannot move from draft to paused (allowed: active)', details: { from: 'draft', to: 'paused', allowed: ['active'] } } } } })
  changeStatus(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Body() dto: ChangeStatusDto): Promise<CampaignDto> {
    return this.campaigns.changeStatus(auth, id, dto);
  }

  @Post(':id/influencers')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add influencers to the campaign (ids already in it are skipped)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { added: 2, alreadyMembers: 0 } } } })
  @ApiNotFoundResponse({ description: 'The campaign, or one of the influencers, is not in this store (nothing is added)' })
  addMembers(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Body() dto: AddMembersDto): Promise<AddMembersResult> {
    return this.campaigns.addMembers(auth, id, dto);
  }

  @Get(':id/influencers')
  @ApiOperation({ summary: 'Campaign members, or with ?suggest=true the store’s influencers matching its targeting' })
  @ApiOkResponse({ schema: { example: { success: true, data: { influencers: [], ...page([]) } } } })
  members(@Auth() auth: AuthContext, @Param('id', campaignId) id: string, @Query() query: MembersQueryDto): Promise<ListOf<'influencers', CampaignMemberDto | InfluencerDto>> {
    return this.campaigns.members(auth, id, query);
  }
}
