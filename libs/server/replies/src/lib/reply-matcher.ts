import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { LinkTokens, domainOf } from '@parley/server-email';

/** What an inbound email says about where it belongs. */
export interface MatchClues {
  /** Every address it was delivered to (To, Cc, Delivered-To, the envelope), lower-cased. */
  recipients: string[];
  /** Message-IDs it answers (In-Reply-To first, then References, newest first), without brackets. */
  answers: string[];
  from: string | null;
}

export type MatchRule = 'reply_address' | 'in_reply_to' | 'sender';

export type Match = { storeId: string; outreachId: string; rule: MatchRule } | { storeId: string | null; outreachId: null; rule: null };

/** Outreach a creator can still be answering: anything that went out. */
const ANSWERABLE = ['sent', 'opened', 'replied', 'interested', 'declined', 'no_response'];

/**
 * Threads an inbound email to its outreach, by the strongest clue it carries: the per-outreach
 * reply address (signed, so it cannot be guessed), then In-Reply-To/References against the
 * Message-IDs we sent, then the sender's address against the newest answerable outreach of the store
 * the mail was sent to. Mail that matches nothing still learns its store when it was sent to a
 * store's address, so it lands in that store's unmatched list.
 */
@Injectable()
export class ReplyMatcher {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly tokens: LinkTokens,
  ) {}

  async match(clues: MatchClues): Promise<Match> {
    return (await this.byReplyAddress(clues.recipients)) ?? (await this.byAnsweredMessage(clues.answers)) ?? (await this.bySender(clues));
  }

  private async byReplyAddress(recipients: string[]): Promise<Match | null> {
    const outreachIds = recipients.map((r) => this.tokens.readReplyAddress(r)).filter((id): id is string => id !== null);
    if (!outreachIds.length) return null;
    const [row] = await this.tenancy.acrossStores<{ id: string; store_id: string }>(`SELECT id, store_id FROM influencer_outreach WHERE id = ANY($1::uuid[]) LIMIT 1`, [outreachIds]);
    return row ? { storeId: row.store_id, outreachId: row.id, rule: 'reply_address' } : null;
  }

  private async byAnsweredMessage(answers: string[]): Promise<Match | null> {
    if (!answers.length) return null;
    const [row] = await this.tenancy.acrossStores<{ store_id: string; outreach_id: string }>(
      `SELECT store_id, outreach_id FROM outreach_messages
        WHERE direction = 'out' AND message_id = ANY($1::text[])
        ORDER BY array_position($1::text[], message_id) LIMIT 1`,
      [answers],
    );
    return row ? { storeId: row.store_id, outreachId: row.outreach_id, rule: 'in_reply_to' } : null;
  }

  private async bySender(clues: MatchClues): Promise<Match> {
    const domains = [...new Set(clues.recipients.map(domainOf))];
    const stores = await this.tenancy.acrossStores<{ store_id: string }>(
      `SELECT store_id FROM sender_identities WHERE lower(from_email) = ANY($1::text[]) OR lower(reply_domain) = ANY($2::text[])`,
      [clues.recipients, domains],
    );
    if (!stores.length) return { storeId: null, outreachId: null, rule: null };
    if (clues.from) {
      const [row] = await this.tenancy.acrossStores<{ id: string; store_id: string }>(
        `SELECT o.id, o.store_id FROM influencer_outreach o
          WHERE o.store_id = ANY($1::uuid[]) AND o.channel = 'email' AND lower(o.to_address) = lower($2) AND o.status = ANY($3::text[])
          ORDER BY o.sent_at DESC NULLS LAST LIMIT 1`,
        [stores.map((s) => s.store_id), clues.from, ANSWERABLE],
      );
      if (row) return { storeId: row.store_id, outreachId: row.id, rule: 'sender' };
    }
    // Several stores may share a reply domain only when misconfigured; the mail then belongs to none of them.
    return { storeId: stores.length === 1 ? stores[0].store_id : null, outreachId: null, rule: null };
  }
}
