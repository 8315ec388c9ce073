import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyFailure, parseDeliveryReport } from './delivery-status';

describe('classifyFailure', () => {
  it.each([
    [550, '5.1.1 <a@b.example>: Recipient address rejected: User unknown', 'hard'],
    [550, 'No such user here', 'hard'],
    [553, '5.1.10 null MX', 'hard'],
    [552, '5.2.2 Mailbox full', 'soft'],
    [550, '5.7.1 Message rejected as spam', 'failed'],
    [554, 'Transaction failed', 'failed'],
    [451, '4.3.0 Try again later', 'soft'],
    [421, 'Too many connections', 'soft'],
    [null, '', 'soft'],
  ] as const)('%s %s → %s', (code, text, expected) => {
    expect(classifyFailure(code, text)).toBe(expected);
  });
});

describe('parseDeliveryReport', () => {
  const dsn = (status: string, action = 'failed', diagnostic = `smtp; 550 ${status} user unknown`) =>
    [
      'From: MAILER-DAEMON@mx.example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'This is the mail system. I could not deliver your message.',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      'Arrival-Date: Mon, 30 Nov 2026 01:00:00 +0000',
      '',
      'Final-Recipient: rfc822; Creator@Example.com',
      'Original-Recipient: rfc822;creator@example.com',
      `Action: ${action}`,
      `Status: ${status}`,
      `Diagnostic-Code: ${diagnostic}`,
      '',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      'Message-ID: <abc-123@trailhead.example.com>',
      'Subject: An idea',
      '--B--',
      '',
    ].join('\r\n');

  it('reads the recipient, status and diagnostic, and the original Message-ID', () => {
    expect(parseDeliveryReport(dsn('5.1.1'))).toEqual({
      reportingMta: 'mx.example.net',
      originalMessageId: 'abc-123@trailhead.example.com',
      recipients: [{ recipient: 'creator@example.com', action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 user unknown', failure: 'hard' }],
    });
  });

  it('treats delays and 4.x.x as soft, and is null for ordinary mail', () => {
    expect(parseDeliveryReport(dsn('4.2.2', 'delayed', 'smtp; 452 4.2.2 mailbox full'))!.recipients[0].failure).toBe('soft');
    expect(parseDeliveryReport('From: a@b.example\r\nSubject: hi\r\n\r\nHello')).toBeNull();
  });

  const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'latin1');

  it('reads a Gmail bounce (nested alternative parts, a folded multi-line diagnostic, the original attached as message/rfc822)', () => {
    const report = parseDeliveryReport(fixture('dsn-gmail.eml'))!;
    expect(report.reportingMta).toBe('googlemail.com');
    expect(report.originalMessageId).toBe('7c9e6679-7425-40de-944b-e07fc1f90ae7@trailhead.example.com');
    expect(report.recipients).toEqual([expect.objectContaining({ recipient: 'maya.trails@gmail.com', action: 'failed', status: '5.1.1', failure: 'hard' })]);
    expect(report.recipients[0].diagnostic).toMatch(/^550-5\.1\.1 The email account that you tried to reach does not exist/);
  });

  it('reads an Exchange Online non-delivery report (5.1.10 RecipientNotFound is a hard bounce)', () => {
    const report = parseDeliveryReport(fixture('dsn-exchange.eml'))!;
    expect(report.reportingMta).toBe('AM6PR01MB1234.eurprd01.prod.exchangelabs.com');
    expect(report.originalMessageId).toBe('0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9@trailhead.example.com');
    expect(report.recipients).toEqual([expect.objectContaining({ recipient: 'lena@contoso.com', status: '5.1.10', failure: 'hard' })]);
  });
});
