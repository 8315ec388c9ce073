import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { MessageWriter, RenderSubjectLoader, textToHtml } from '@parley/server-templates';
import type { Channel } from '@parley/shared-types';
import pLimit from 'p-limit';
import type { FollowUpRow } from './follow-up-rows';

/** What a follow-up says: a template the sender renders at send time, or text already written. */
export interface FollowUpContent {
  templateId: string | null;
  /** Preset subject; null: the template's own. */
  subject: string | null;
  text: string;
  html: string | null;
  writer: 'template' | 'ai' | 'default_text' | 'by_hand';
}

/** At most this many language-model calls at once per process while a batch of follow-ups is written. */
const WRITERS = pLimit(4);

const stripRe = (subject: string | null) => (subject ?? '').replace(/^(\s*(re|aw|sv|rif|res|antw|fwd?)\s*:\s*)+/i, '').trim();

/**
 * The subject of a follow-up. Someone who opened or clicked sees it in the same thread ("Re: …"); a
 * message that was never opened gets a different subject line (the follow-up's own, or a fresh one),
 * so it does not sink with the first.
 */
export function followUpSubject(row: Pick<FollowUpRow, 'subject' | 'opened_at' | 'clicked_at'>, own: string | null): string | null {
  const original = stripRe(row.subject) || 'our collaboration';
  if (row.opened_at || row.clicked_at) return `Re: ${original}`;
  if (own === null) return null;
  return own.trim() && stripRe(own).toLowerCase() !== original.toLowerCase() ? own.trim() : `Quick follow-up: ${original}`;
}

const followUpType = (step: number) => `follow_up_${Math.min(step, 3)}`;

/** The store's templates: names and channels by id, and the default of each channel and type. */
export interface StoreTemplates {
  names: Map<string, string>;
  channels: Map<string, string>;
  /** Keyed `<channel>:<type>`. */
  defaults: Map<string, string>;
}

/**
 * The template follow-up `step` uses: the campaign's pick for it when it is of the outreach's channel,
 * else (writer "templates") the store's follow_up_N of that channel; null → the AI writer.
 */
export function templateFor(row: Pick<FollowUpRow, 'follow_up_template_ids' | 'follow_up_writer' | 'channel'>, step: number, templates: StoreTemplates): string | null {
  const picked = row.follow_up_template_ids?.[step - 1] ?? null;
  if (picked && templates.channels.get(picked) === row.channel) return picked;
  return row.follow_up_writer === 'ai' ? null : (templates.defaults.get(`${row.channel}:${followUpType(step)}`) ?? null);
}

/**
 * Chooses what each follow-up says (see templateFor). A template is rendered by the email sender at
 * send time, so the creator's data is current; the AI writer falls back to the default text without
 * a language model.
 */
@Injectable()
export class FollowUpContentChooser {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly subjects: RenderSubjectLoader,
    private readonly writer: MessageWriter,
  ) {}

  async templates(storeId: string): Promise<StoreTemplates> {
    const rows = await this.tenancy.query<{ id: string; name: string; channel: string; template_type: string }>(
      storeId,
      `SELECT id, name, channel, template_type FROM outreach_templates WHERE store_id = $1 ORDER BY is_default DESC, created_at ASC`,
    );
    const defaults = new Map<string, string>();
    for (const t of rows) if (!defaults.has(`${t.channel}:${t.template_type}`)) defaults.set(`${t.channel}:${t.template_type}`, t.id);
    return { names: new Map(rows.map((t) => [t.id, t.name])), channels: new Map(rows.map((t) => [t.id, t.channel])), defaults };
  }

  async choose(storeId: string, rows: FollowUpRow[]): Promise<Map<string, FollowUpContent>> {
    const templates = await this.templates(storeId);
    const chosen = await Promise.all(
      rows.map(async (row): Promise<[string, FollowUpContent]> => {
        const step = row.follow_up_count + 1;
        const templateId = templateFor(row, step, templates);
        // A DM has neither subject nor HTML.
        const email = row.channel === 'email';
        if (templateId) return [row.id, { templateId, subject: email ? followUpSubject(row, null) : null, text: '', html: null, writer: 'template' }];
        const draft = await WRITERS(async () =>
          this.writer.draft(await this.subjects.load({ storeId }, row.influencer_id, row.campaign_id), {
            channel: row.channel as Channel,
            kind: 'follow_up',
            followUpNumber: Math.min(step, 3),
          }),
        );
        return [
          row.id,
          {
            templateId: null,
            subject: email ? followUpSubject(row, draft.subject ?? '') : null,
            text: draft.body,
            html: email ? textToHtml(draft.body) : null,
            writer: draft.source === 'llm' ? 'ai' : 'default_text',
          },
        ];
      }),
    );
    return new Map(chosen);
  }

  /** A follow-up written by hand: the subject follows the same rule unless one is given. */
  byHand(row: FollowUpRow, message: string, subject?: string): FollowUpContent {
    if (row.channel !== 'email') return { templateId: null, subject: null, text: message, html: null, writer: 'by_hand' };
    return { templateId: null, subject: subject?.trim() || followUpSubject(row, ''), text: message, html: textToHtml(message), writer: 'by_hand' };
  }
}
