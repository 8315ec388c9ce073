import { AiUsage } from './ai-usage.entity';
import { ApiKey } from './api-key.entity';
import { CampaignMember } from './campaign-member.entity';
import { InfluencerCampaign } from './campaign.entity';
import { ContentDelivery } from './content-delivery.entity';
import { InfluencerContract } from './contract.entity';
import { InboundEmail } from './inbound-email.entity';
import { Influencer } from './influencer.entity';
import { Notification } from './notification.entity';
import { InfluencerOutreach } from './outreach.entity';
import { OutreachBulk } from './outreach-bulk.entity';
import { OutreachEvent } from './outreach-event.entity';
import { OutreachMessage } from './outreach-message.entity';
import { PeriodicJobRun } from './periodic-job-run.entity';
import { ReplyCorrection } from './reply-correction.entity';
import { SenderIdentity } from './sender-identity.entity';
import { Store } from './store.entity';
import { Suppression } from './suppression.entity';
import { OutreachTemplate } from './template.entity';
import { User } from './user.entity';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity';

export * from './base.entity';
export { AiUsage, ApiKey, CampaignMember, ContentDelivery, InboundEmail, Influencer, InfluencerCampaign, InfluencerContract, InfluencerOutreach, Notification, OutreachBulk, OutreachEvent, OutreachMessage, OutreachTemplate, PeriodicJobRun, ReplyCorrection, SenderIdentity, Store, Suppression, User, WebhookDelivery, WebhookSubscription };
export type { ContractDeliverable } from './contract.entity';
export type { InboundEmailSource, InboundEmailStatus } from './inbound-email.entity';

export const ENTITIES = [AiUsage, Store, User, ApiKey, Influencer, InfluencerCampaign, CampaignMember, InfluencerOutreach, InfluencerContract, ContentDelivery, OutreachTemplate, SenderIdentity, Suppression, OutreachMessage, OutreachEvent, OutreachBulk, InboundEmail, Notification, ReplyCorrection, WebhookSubscription, WebhookDelivery, PeriodicJobRun];
