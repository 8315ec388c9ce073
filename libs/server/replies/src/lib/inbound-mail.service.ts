import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { InboundEmailSource, InboundEmailStatus } from '@parley/server-data';
import { parseDeliveryReport, type DeliveryReport } from '@parley/server-email';
import { DeliveryReports } from '@parley/server-outreach';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { detectAutoReply } from './auto-reply';
import { htmlToReplyText, newestText } from './newest-text';
import { ReplyCategoriser, type Categorised } from './reply-categoriser';
import { ReplyMatcher, type MatchClues } from './reply-matcher';
import { ReplyNotifier } from './reply-notifier';
import { ReplyRecorder } from './reply-recorder';

export interface InboundResult {
  handled: 'reply' | 'auto_reply' | 'duplicate' | 'bounce' | 'unmatched';
  outreachId: string | null;
}

/** Mail whose store is unknown is kept under this id in the one-processing-per-Message-ID index. */
const NO_STORE = '00000000-0000-0000-0000-000000000000';

const bare = (id: string) => id.trim().replace(/^<|>$/g, '');

/**
 * Every inbound email, from any source, goes through `receive`: kept as received first (so nothing
 * is lost whatever fails next), then either applied as a delivery report (RFC 3464 bounces) or
 * threaded to its outreach, stripped to the newest text, recognised as automatic or categorised,
 * recorded, and announced to the team. The same Message-ID is processed once per store.
 */
@Injectable()
export class InboundMailService {
  private readonly logger = new Logger(InboundMailService.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly matcher: ReplyMatcher,
    private readonly categoriser: ReplyCategoriser,
    private readonly recorder: ReplyRecorder,
    private readonly notifier: ReplyNotifier,
    private readonly reports: DeliveryReports,
  ) {}

  async receive(raw: Buffer, source: InboundEmailSource, receivedAt = new Date()): Promise<InboundResult> {
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
    const messageId = parsed.messageId ? bare(parsed.messageId) : `sha256-${createHash('sha256').update(raw).digest('hex')}@parley.invalid`;
    const report = parseDeliveryReport(raw.toString('latin1'));
    if (report) return this.applyReport(report, parsed, raw, source, messageId, receivedAt);

    const clues = cluesOf(parsed);
    const match = await this.matcher.match(clues);
    const inboundId = await this.keep({ storeId: match.storeId, outreachId: match.outreachId, messageId, parsed, clues, raw, source, receivedAt, status: match.outreachId ? 'received' : 'unmatched' });
    if (!inboundId) return { handled: 'duplicate', outreachId: match.outreachId };
    if (!match.outreachId || !match.storeId) {
      this.logger.log({ from: clues.from, to: clues.recipients, storeId: match.storeId }, 'inbound email matched no outreach; kept as unmatched');
      return { handled: 'unmatched', outreachId: null };
    }

    try {
      const text = parsed.text || htmlToReplyText(typeof parsed.html === 'string' ? parsed.html : '');
      const parts = newestText(text);
      const verdict = detectAutoReply({ headers: parsed.headers, subject: parsed.subject ?? '', text, receivedAt });
      const categorised: Categorised = verdict.automatic
        ? { category: 'auto_reply', sentiment: 'neutral', confidence: 1, by: 'offline' }
        : await this.categoriser.categorise(match.storeId, parts.newest || text);
      const recorded = await this.recorder.record({
        storeId: match.storeId,
        outreachId: match.outreachId,
        messageId,
        inReplyTo: clues.answers[0] ?? null,
        from: clues.from,
        subject: parsed.subject ?? null,
        fullText: text,
        newest: parts.newest || text.trim(),
        receivedAt,
        categorised,
        returnDate: verdict.returnDate,
      });
      const status = categorised.category === 'auto_reply' ? 'auto_reply' : 'reply';
      await this.settle(inboundId, status, null);
      if (!recorded) return { handled: 'duplicate', outreachId: match.outreachId };
      await this.notifier.replied(match.storeId, match.outreachId, categorised, parts.newest || text);
      return { handled: status, outreachId: match.outreachId };
    } catch (error) {
      // Kept as failed: the retry sweep (and a redelivery of the same message) processes it again.
      await this.settle(inboundId, 'failed', (error as Error).message).catch(() => undefined);
      throw error;
    }
  }

  /** Inbound rows a crash or a failure left unprocessed for a minute, for the retry sweep. */
  async unsettled(limit: number): Promise<string[]> {
    const rows = await this.tenancy.acrossStores<{ id: string }>(
      `SELECT id FROM inbound_emails WHERE status IN ('received', 'failed') AND updated_at < now() - interval '1 minute' ORDER BY received_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Processes a kept email again from its stored copy (nothing when it has been settled meanwhile). */
  async reprocess(inboundId: string): Promise<InboundResult | null> {
    const [row] = await this.tenancy.acrossStores<{ raw: Buffer; source: InboundEmailSource; received_at: Date }>(
      `SELECT raw, source, received_at FROM inbound_emails WHERE id = $1 AND status IN ('received', 'failed')`,
      [inboundId],
    );
    return row ? this.receive(row.raw, row.source, row.received_at) : null;
  }

  private async applyReport(report: DeliveryReport, parsed: ParsedMail, raw: Buffer, source: InboundEmailSource, messageId: string, receivedAt: Date): Promise<InboundResult> {
    const failed = report.recipients.filter((r) => r.failure);
    const clues = cluesOf(parsed);
    const original = await this.reports.findMessage(null, report.originalMessageId);
    const sent = original ?? (failed.length ? await this.sentTo(failed[0].recipient, clues.recipients) : null);
    const inboundId = await this.keep({ storeId: sent?.storeId ?? null, outreachId: sent?.outreachId ?? null, messageId, parsed, clues, raw, source, receivedAt, status: 'bounce' });
    if (!inboundId) return { handled: 'duplicate', outreachId: sent?.outreachId ?? null };
    if (!sent) {
      this.logger.log({ originalMessageId: report.originalMessageId, recipients: report.recipients.map((r) => r.recipient) }, 'delivery report about no message of ours; kept');
      return { handled: 'bounce', outreachId: null };
    }
    for (const r of failed) await this.reports.failure(sent, r.recipient, r.failure!, r.diagnostic ?? r.status ?? 'delivery failed', 'dsn');
    return { handled: 'bounce', outreachId: sent.outreachId };
  }

  /** A report that does not quote our Message-ID: the newest message to that recipient from a store the report was sent to. */
  private async sentTo(recipient: string, reportRecipients: string[]) {
    const [row] = await this.tenancy.acrossStores<{ id: string; store_id: string; outreach_id: string; to_address: string | null }>(
      `SELECT m.id, m.store_id, m.outreach_id, m.to_address FROM outreach_messages m
         JOIN sender_identities si ON si.store_id = m.store_id AND lower(si.from_email) = ANY($2::text[])
        WHERE m.direction = 'out' AND lower(m.to_address) = lower($1) AND m.sent_at IS NOT NULL
        ORDER BY m.sent_at DESC LIMIT 1`,
      [recipient, reportRecipients],
    );
    return row ? { id: row.id, storeId: row.store_id, outreachId: row.outreach_id, toAddress: row.to_address } : null;
  }

  /**
   * Stores the email as received; null when this store already has this Message-ID settled (a
   * duplicate delivery). A copy left unsettled by a crash or failure is taken up again instead.
   */
  private async keep(input: { storeId: string | null; outreachId: string | null; messageId: string; parsed: ParsedMail; clues: MatchClues; raw: Buffer; source: InboundEmailSource; receivedAt: Date; status: InboundEmailStatus }): Promise<string | null> {
    const rows = await this.tenancy.acrossStores<{ id: string }>(
      `INSERT INTO inbound_emails (store_id, outreach_id, message_id, from_address, to_addresses, subject, source, status, raw, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ((COALESCE(store_id, '${NO_STORE}'::uuid)), message_id)
       DO UPDATE SET status = EXCLUDED.status, error = NULL, updated_at = now() WHERE inbound_emails.status IN ('received', 'failed')
       RETURNING id`,
      [input.storeId, input.outreachId, input.messageId, input.clues.from, input.clues.recipients, input.parsed.subject ?? null, input.source, input.status, input.raw, input.receivedAt],
    );
    return rows[0]?.id ?? null;
  }

  private async settle(id: string, status: InboundEmailStatus, error: string | null): Promise<void> {
    await this.tenancy.acrossStores(`UPDATE inbound_emails SET status = $2, error = $3, updated_at = now() WHERE id = $1`, [id, status, error?.slice(0, 1_000) ?? null]);
  }
}

/** The addresses, answered Message-IDs and sender an email carries. */
export function cluesOf(parsed: ParsedMail): MatchClues {
  const addresses = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
  const headerAddresses = ['delivered-to', 'x-original-to', 'envelope-to'].flatMap((name) => {
    const value = parsed.headers.get(name);
    const text = typeof value === 'string' ? value : value && typeof value === 'object' && 'text' in value ? String((value as { text: unknown }).text) : '';
    return text.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? [];
  });
  const recipients = [...new Set([...addresses(parsed.to), ...addresses(parsed.cc), ...headerAddresses].map((a) => a.trim().toLowerCase()).filter(Boolean))];
  const references = Array.isArray(parsed.references) ? parsed.references : parsed.references ? parsed.references.split(/\s+/) : [];
  const answers = [...new Set([...(parsed.inReplyTo ? parsed.inReplyTo.split(/\s+/) : []), ...references.reverse()].map(bare).filter(Boolean))];
  const from = parsed.from?.value[0]?.address?.toLowerCase() ?? null;
  return { recipients, answers, from };
}
