import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import MailComposer from 'nodemailer/lib/mail-composer';

/** Most an inbound post may carry (SendGrid's own limit is 30 MB). */
export const MAX_INBOUND_BYTES = 30 * 1024 * 1024;

/** Headers of the original mail that say it was sent automatically: carried over when we rebuild it. */
const AUTOMATIC_HEADERS = ['auto-submitted', 'x-autoreply', 'x-autorespond', 'x-auto-response-suppress', 'precedence', 'delivered-to', 'x-original-to'];

export class InboundFormatError extends Error {}

/** The text fields of a multipart/form-data post (files are drained and ignored). */
export function readFormFields(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fieldSize: MAX_INBOUND_BYTES, fields: 50, files: 20 }, defParamCharset: 'utf8' });
    } catch (error) {
      reject(new InboundFormatError((error as Error).message));
      return;
    }
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', (error) => reject(new InboundFormatError((error as Error).message)));
    parser.on('close', () => resolve(fields));
    req.pipe(parser);
  });
}

/**
 * A SendGrid Inbound Parse post as an RFC 5322 message. In raw mode (`email` field) it is the
 * message itself; otherwise the parsed fields are put back together, keeping the original's
 * Message-ID, threading headers and automatic-reply signals so matching and auto-reply detection
 * see what the sender sent.
 */
export async function sendGridToRaw(fields: Record<string, string>): Promise<Buffer> {
  if (fields.email) return Buffer.from(fields.email, 'utf8');
  if (!fields.from && !fields.headers) throw new InboundFormatError('not a SendGrid Inbound Parse post: no email, from or headers field');
  const original = headerMap(fields.headers ?? '');
  const mail = new MailComposer({
    from: fields.from ?? original.get('from'),
    to: fields.to ?? original.get('to'),
    cc: fields.cc ?? original.get('cc'),
    subject: fields.subject ?? original.get('subject') ?? '',
    text: fields.text,
    html: fields.html,
    messageId: original.get('message-id'),
    inReplyTo: original.get('in-reply-to'),
    references: original.get('references'),
    date: original.get('date'),
    headers: Object.fromEntries(AUTOMATIC_HEADERS.flatMap((name) => (original.has(name) ? [[name, original.get(name)!]] : []))),
  });
  return mail.compile().build();
}

/** An SNS notification of SES receiving: the message in `content`, base64 or UTF-8 as the receipt rule says. */
export function sesReceivedToRaw(notification: { notificationType?: string; content?: string; receipt?: { action?: { encoding?: string } } }): Buffer | null {
  if (notification.notificationType !== 'Received' || typeof notification.content !== 'string') return null;
  return notification.receipt?.action?.encoding?.toUpperCase() === 'BASE64' ? Buffer.from(notification.content, 'base64') : Buffer.from(notification.content, 'utf8');
}

/** An RFC 5322 header block as name → unfolded value (lower-case names; the first of repeats). */
function headerMap(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!map.has(name)) map.set(name, line.slice(colon + 1).trim());
  }
  return map;
}
