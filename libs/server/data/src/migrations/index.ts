import { Initial1795991086398 } from './1795991086398-Initial';
import { AiUsage1795994764944 } from './1795994764944-AiUsage';
import { SenderIdentities1795995711368 } from './1795995711368-SenderIdentities';
import { Suppressions1795996821074 } from './1795996821074-Suppressions';
import { EmailOutreach1796000800627 } from './1796000800627-EmailOutreach';
import { ImapMailbox1796003440020 } from './1796003440020-ImapMailbox';
import { SendBatches1796010000000 } from './1796010000000-SendBatches';
import { Replies1796010632438 } from './1796010632438-Replies';
import { InboxFields1796012133839 } from './1796012133839-InboxFields';
import { Webhooks1796012353485 } from './1796012353485-Webhooks';
import { NotificationDigest1796013532195 } from './1796013532195-NotificationDigest';
import { FollowUps1796018569568 } from './1796018569568-FollowUps';
import { RateCards1796023399622 } from './1796023399622-RateCards';
import { Offers1796023685932 } from './1796023685932-Offers';
import { Contracts1796029477435 } from './1796029477435-Contracts';
import { Deliveries1796032718644 } from './1796032718644-Deliveries';
import { PerformanceVersion1796033214898 } from './1796033214898-PerformanceVersion';
import { DmChannels1796041775908 } from './1796041775908-DmChannels';

/** Every migration, oldest first. */
export const MIGRATIONS = [Initial1795991086398, AiUsage1795994764944, SenderIdentities1795995711368, Suppressions1795996821074, EmailOutreach1796000800627, ImapMailbox1796003440020, SendBatches1796010000000, Replies1796010632438, InboxFields1796012133839, Webhooks1796012353485, NotificationDigest1796013532195, FollowUps1796018569568, RateCards1796023399622, Offers1796023685932, Contracts1796029477435, Deliveries1796032718644, PerformanceVersion1796033214898, DmChannels1796041775908];
