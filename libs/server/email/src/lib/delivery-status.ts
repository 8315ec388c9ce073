/**
 * What a delivery failure means for the outreach and the address, from an SMTP reply or a delivery
 * report: `hard` (the mailbox does not exist: bounce and suppress), `soft` (try again later: mailbox
 * full, greylisting, throttling) or `failed` (refused for another lasting reason: policy, content).
 */
export type FailureClass = 'hard' | 'soft' | 'failed';

const ENHANCED = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;
const UNKNOWN_USER = /user unknown|unknown user|no such (user|mailbox|recipient)|does not exist|mailbox (not found|unavailable)|invalid (recipient|mailbox)|recipient (address )?rejected|address rejected/i;

/** Classifies an SMTP reply code and text (e.g. 550 "5.1.1 <x>: user unknown"), or an RFC 3463 status alone. */
export function classifyFailure(replyCode: number | null, text = ''): FailureClass {
  const enhanced = ENHANCED.exec(text);
  const klass = enhanced ? Number(enhanced[1]) : replyCode ? Math.floor(replyCode / 100) : null;
  if (klass === 4 || klass === null) return 'soft';
  if (klass !== 5) return 'soft';
  if (enhanced) {
    const [, , subject, detail] = enhanced;
    // X.1.x are addressing failures; 5.1.1 unknown user, 5.1.2 bad domain, 5.1.10 null MX…
    if (subject === '1') return 'hard';
    // 5.2.1 disabled mailbox is lasting; 5.2.2 mailbox full is not (RFC 3463 calls it persistent transient).
    if (subject === '2' && detail === '1') return 'hard';
    if (subject === '2' && detail === '2') return 'soft';
    return UNKNOWN_USER.test(text) ? 'hard' : 'failed';
  }
  return UNKNOWN_USER.test(text) ? 'hard' : 'failed';
}

export interface DeliveryReportRecipient {
  recipient: string;
  action: string;
  status: string | null;
  diagnostic: string | null;
  failure: FailureClass | null;
}

export interface DeliveryReport {
  reportingMta: string | null;
  /** The Message-ID of the message the report is about, when the report quotes its headers. */
  originalMessageId: string | null;
  recipients: DeliveryReportRecipient[];
}

const unfold = (s: string) => s.replace(/\r?\n[ \t]+/g, ' ');
const field = (block: string, name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(block)?.[1].trim() ?? null;

/**
 * Reads an RFC 3464 delivery status notification (multipart/report; report-type=delivery-status):
 * one entry per recipient block of its message/delivery-status part. Returns null when the message
 * is not such a report. Shared by the SMTP path, SES events and the inbound mail endpoint.
 */
export function parseDeliveryReport(raw: string): DeliveryReport | null {
  const text = unfold(raw);
  if (!/report-type\s*=\s*"?delivery-status/i.test(text) && !/^content-type:\s*message\/delivery-status/im.test(text)) return null;
  const start = text.search(/^content-type:\s*message\/delivery-status/im);
  if (start < 0) return null;
  const rest = text.slice(start).replace(/^content-type:[^\n]*\n(?:[\w-]+:[^\n]*\n)*\r?\n/i, '');
  const end = rest.search(/^--/m);
  const part = (end >= 0 ? rest.slice(0, end) : rest).replace(/\r\n/g, '\n');
  const blocks = part.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const reportingMta = blocks.length ? field(blocks[0], 'Reporting-MTA')?.replace(/^dns;\s*/i, '') ?? null : null;
  const recipients: DeliveryReportRecipient[] = [];
  for (const block of blocks) {
    const finalRecipient = field(block, 'Final-Recipient') ?? field(block, 'Original-Recipient');
    if (!finalRecipient) continue;
    const status = field(block, 'Status');
    const diagnostic = field(block, 'Diagnostic-Code')?.replace(/^smtp;\s*/i, '') ?? null;
    const action = (field(block, 'Action') ?? '').toLowerCase();
    const code = diagnostic ? Number(/^(\d{3})\b/.exec(diagnostic)?.[1] ?? NaN) : NaN;
    const failure = action === 'failed' || action === 'delayed' ? (action === 'delayed' ? 'soft' : classifyFailure(Number.isNaN(code) ? null : code, `${status ?? ''} ${diagnostic ?? ''}`)) : null;
    recipients.push({ recipient: finalRecipient.replace(/^rfc822;\s*/i, '').trim().toLowerCase(), action, status, diagnostic, failure });
  }
  const originalMessageId = /^message-id:\s*<([^>]+)>/im.exec(text.slice(start))?.[1] ?? null;
  return { reportingMta, originalMessageId, recipients };
}
