import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, escapeHtml, type AppConfig } from '@parley/server-core';
import type { SendMailOptions } from 'nodemailer';
import { bodyOf, emailLayout } from './email-layout';
import { LinkTokens } from './link-tokens';

export interface EmailToCompose {
  /** The outreach_messages row: its id becomes the Message-ID's local part and keys every token. */
  messageRowId: string;
  outreachId: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  /** The rendered text (what the preview shows). */
  text: string;
  /** The rendered HTML (escaped text with links), before tracking and footer. */
  html: string;
  store: { name: string; postalAddress: string | null };
  /** Domain of the reply and mailto-unsubscribe addresses; the sender's domain when null. */
  replyDomain: string | null;
  /** Threading for follow-ups and responses: the parent's Message-ID and the chain before it. */
  inReplyTo?: string | null;
  references?: string[];
}

export interface ComposedEmail {
  mail: SendMailOptions;
  /** Without angle brackets. */
  messageId: string;
  html: string;
  text: string;
}

const unescapeHref = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * Turns a rendered message into the email we send: the sender identity, a Message-ID on the sender's
 * domain, a per-outreach Reply-To, RFC 8058 one-click unsubscribe headers, a footer with the postal
 * address and an unsubscribe link (text and HTML), signed click tracking on the HTML's links and an
 * open pixel. The text part keeps its links as written: it is what the preview showed.
 */
@Injectable()
export class EmailComposer {
  private readonly publicUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'PUBLIC_URL'>,
    private readonly tokens: LinkTokens,
  ) {
    this.publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  unsubscribeUrl(messageRowId: string): string {
    return `${this.publicUrl}/u/${this.tokens.unsubscribe(messageRowId)}`;
  }

  compose(input: EmailToCompose): ComposedEmail {
    const senderDomain = domainOf(input.from.address);
    const replyDomain = input.replyDomain || senderDomain;
    const messageId = `${input.messageRowId}@${senderDomain}`;
    const unsubscribeUrl = this.unsubscribeUrl(input.messageRowId);
    const replyLocalPart = this.tokens.replyLocalPart(input.outreachId);
    const replyTo = `${replyLocalPart}@${replyDomain}`;
    const mailtoUnsubscribe = `mailto:${replyLocalPart.replace(/^reply\+/, 'unsubscribe+')}@${replyDomain}?subject=unsubscribe`;

    const footerLine = [input.store.name, input.store.postalAddress].filter(Boolean).join(' · ');
    const text = `${input.text}\n\n--\n${footerLine}\nNo longer want to hear from us? ${unsubscribeUrl}\n`;
    const html = emailLayout({
      subject: input.subject,
      bodyHtml: this.trackLinks(bodyOf(input.html), input.messageRowId),
      footerHtml: `${escapeHtml(footerLine)}<br>\nNo longer want to hear from us? <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a>`,
      pixelUrl: `${this.publicUrl}/t/o/${this.tokens.open(input.messageRowId)}`,
    });

    const mail: SendMailOptions = {
      from: { name: input.from.name, address: input.from.address },
      to: input.to,
      replyTo,
      subject: input.subject,
      text,
      html,
      messageId: `<${messageId}>`,
      inReplyTo: input.inReplyTo ? `<${input.inReplyTo}>` : undefined,
      references: input.references?.length ? input.references.map((r) => `<${r}>`) : undefined,
      // One List-Unsubscribe field with both URIs (RFC 2369), https first for RFC 8058 one-click.
      headers: {
        'List-Unsubscribe': { prepared: true, value: `<${unsubscribeUrl}>, <${mailtoUnsubscribe}>` },
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      envelope: { from: input.from.address, to: input.to },
    };
    return { mail, messageId, html, text };
  }

  /** Every http(s) href becomes a signed /t/c/ link that redirects to it. */
  private trackLinks(html: string, messageRowId: string): string {
    return html.replace(/href="(https?:\/\/[^"]+)"/gi, (_m, href: string) => {
      const url = unescapeHref(href);
      return `href="${this.publicUrl}/t/c/${this.tokens.click(messageRowId, url)}"`;
    });
  }
}
