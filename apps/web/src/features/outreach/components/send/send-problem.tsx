import type { Channel } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { ApiError } from '@/lib/api-client';

interface Problem {
  message: string;
  /** The fix is in Settings → Channels. */
  channels: boolean;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

function campaignProblem(details: unknown): string {
  const status = (details as { status?: unknown } | undefined)?.status;
  if (status === 'paused') return 'The campaign is paused, so it sends nothing: resume it, then send again.';
  if (status === 'completed') return 'The campaign is completed, so it sends nothing more. Choose another campaign, or none.';
  return 'The campaign is not sending right now: make it active, then send again.';
}

/**
 * A failed send in the words of the form: what happened and, when it is a setting, where to fix it.
 * 422 messages on fields the form shows are left to those fields.
 */
export function sendProblem(error: unknown, channel: Channel | 'auto', shownFields: readonly string[]): Problem | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return { message: 'Something went wrong. Please try again.', channels: false };
  if (error.code === 'SUPPRESSED') return { message: 'This address is on your do-not-contact list, so nothing is sent to it.', channels: false };
  if (error.code === 'CAMPAIGN_NOT_SENDING') return { message: campaignProblem(error.details), channels: false };
  if (error.code === 'CHANNEL_NOT_READY') {
    const named = (error.details as { channel?: unknown } | undefined)?.channel;
    const which = named === 'email' || channel === 'email' || channel === 'auto' ? 'email' : channel;
    return which === 'email'
      ? { message: 'Email is not set up yet: add the sender identity (the name and address your emails come from) first.', channels: true }
      : { message: sentence(error.message || `${CHANNEL_LABELS[which]} is not set up yet`), channels: true };
  }
  if (error.code === 'VALIDATION_FAILED' && Object.keys(error.fields).length) {
    const unshown = Object.entries(error.fields).filter(([field]) => !shownFields.includes(field));
    return unshown.length ? { message: unshown.flatMap(([, messages]) => messages.map(sentence)).join(' '), channels: false } : null;
  }
  return { message: error.message, channels: false };
}

/** The problem above the form, with the way to Settings → Channels when that is where the fix is. */
export function SendProblemAlert({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  return (
    <Alert>
      <p>{problem.message}</p>
      {problem.channels && <Link to="/settings#channels">Open Settings → Channels</Link>}
    </Alert>
  );
}
