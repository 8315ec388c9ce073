import type { ChannelCapabilities } from '@parley/shared-types';

/** What we know of a DM conversation: when the creator last wrote, and what we sent since. */
export interface ConversationState {
  lastInboundAt: Date | null;
  sentSinceInbound: number;
}

/** Whether the platform takes a message from us now: by API (tagged when only a person's message may go), or not, and why. */
export type DmWindow =
  | { open: true; humanAgent: boolean; openUntil: Date }
  | { open: false; reason: 'no_conversation' | 'outside_window' | 'quota' };

const HOUR_MS = 3_600_000;

/**
 * The platform's rule for one message, from our record of the conversation: the creator must have
 * written; the API may answer within `windowHours` of their last message (a message a person wrote
 * also within `humanAgentWindowHours`, tagged); `quotaPerWindow` caps what we send until they write
 * again. The platform remains the judge: a refusal it gives anyway is handled by the sender.
 */
export function dmWindow(capabilities: ChannelCapabilities, conversation: ConversationState | null, now: Date, options: { humanWritten: boolean }): DmWindow {
  if (!conversation?.lastInboundAt) return { open: false, reason: 'no_conversation' };
  const age = now.getTime() - conversation.lastInboundAt.getTime();
  const within = (hours: number | null) => hours !== null && age <= hours * HOUR_MS;
  const until = (hours: number) => new Date(conversation.lastInboundAt!.getTime() + hours * HOUR_MS);
  if (capabilities.windowHours === null) return { open: true, humanAgent: false, openUntil: new Date(8.64e15) };
  if (within(capabilities.windowHours)) {
    if (capabilities.quotaPerWindow !== null && conversation.sentSinceInbound >= capabilities.quotaPerWindow) return { open: false, reason: 'quota' };
    return { open: true, humanAgent: false, openUntil: until(capabilities.windowHours) };
  }
  if (options.humanWritten && within(capabilities.humanAgentWindowHours)) return { open: true, humanAgent: true, openUntil: until(capabilities.humanAgentWindowHours!) };
  return { open: false, reason: 'outside_window' };
}
