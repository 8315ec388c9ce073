import { DmAdapters, dmDeepLink } from '@parley/server-channels';
import type { Influencer, InfluencerOutreach, OutreachEvent, OutreachMessage } from '@parley/server-data';
import type { OutreachDto, OutreachEventDto, ThreadMessageDto } from '@parley/shared-types';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function toOutreachDto(o: InfluencerOutreach & { influencer?: Influencer }): OutreachDto {
  const i = o.influencer;
  return {
    id: o.id,
    campaignId: o.campaignId,
    influencerId: o.influencerId,
    influencer: i ? { id: i.id, username: i.username, displayName: i.displayName, email: i.email, platform: i.platform } : null,
    templateId: o.templateId,
    bulkId: o.bulkId,
    channel: o.channel,
    status: o.status,
    statusReason: o.statusReason,
    subject: o.subject,
    message: o.message,
    scheduledFor: iso(o.scheduledFor),
    sentAt: iso(o.sentAt),
    openedAt: iso(o.openedAt),
    clickedAt: iso(o.clickedAt),
    repliedAt: iso(o.repliedAt),
    replyText: o.replyText,
    replyCategory: o.replyCategory,
    replySentiment: o.replySentiment,
    replyConfidence: o.replyConfidence,
    replyNeedsReview: o.replyNeedsReview,
    lastReplyAt: iso(o.lastReplyAt),
    followUpCount: o.followUpCount,
    lastFollowUpAt: iso(o.lastFollowUpAt),
    nextFollowUpAt: iso(o.nextFollowUpAt),
    followUpsPaused: !!o.followUpsPausedAt,
    negotiationState: o.negotiationState,
    deepLink: i && DmAdapters.isDm(o.channel) ? dmDeepLink(o.channel, i.username) : null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function toMessageDto(m: OutreachMessage): ThreadMessageDto {
  return {
    id: m.id,
    direction: m.direction,
    channel: m.channel,
    kind: m.kind,
    followUpStep: m.followUpStep,
    status: m.status,
    subject: m.subject,
    text: m.text,
    to: m.toAddress,
    from: m.fromAddress,
    messageId: m.messageId,
    error: m.error,
    assistReason: m.assistReason,
    attempts: m.attempts,
    scheduledFor: iso(m.scheduledFor),
    sentAt: iso(m.sentAt),
    receivedAt: iso(m.receivedAt),
    createdAt: m.createdAt.toISOString(),
  };
}

export function toEventDto(e: OutreachEvent): OutreachEventDto {
  return { id: e.id, type: e.type, at: e.at.toISOString(), machine: e.machine, data: e.data };
}
