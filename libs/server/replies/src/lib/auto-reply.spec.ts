import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { detectAutoReply, extractReturnDate } from './auto-reply';

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function verdictFor(fixture: string) {
  const parsed = await simpleParser(readFileSync(join(__dirname, 'fixtures', fixture)));
  if (!parsed.date) throw new Error(`${fixture} has no Date header`);
  return detectAutoReply({ headers: parsed.headers, subject: parsed.subject ?? '', text: parsed.text ?? '', receivedAt: parsed.date });
}

describe('detectAutoReply on real responders', () => {
  it.each([
    [
      'ooo-en-exchange.eml',
      'out_of_office',
      ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Subject: Automatic reply', 'Body: out-of-office statement'],
      '2024-12-16',
    ],
    [
      'ooo-es-gmail.eml',
      'out_of_office',
      ['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: bulk', 'Subject: Fuera de la oficina', 'Body: out-of-office statement'],
      '2025-01-06',
    ],
    ['ooo-pt-gmail.eml', 'out_of_office', ['Auto-Submitted: auto-replied', 'Precedence: bulk', 'Subject: Ausência temporária', 'Body: out-of-office statement'], '2024-12-14'],
    ['ooo-fr-gmail.eml', 'out_of_office', ['Auto-Submitted: auto-replied', 'Precedence: auto_reply', 'Subject: Réponse automatique', 'Body: out-of-office statement'], '2025-01-06'],
    ['ooo-de-gmail.eml', 'out_of_office', ['Auto-Submitted: auto-replied', 'Precedence: bulk', 'Subject: Abwesenheitsnotiz', 'Body: out-of-office statement'], '2024-12-16'],
    ['auto-ticket-ack.eml', 'auto_reply', ['Auto-Submitted: auto-generated'], null],
  ] as const)('%s → %s', async (fixture, kind, signals, returnDate) => {
    expect(await verdictFor(fixture)).toEqual({ automatic: true, kind, signals, returnDate: returnDate && utcDay(returnDate) });
  });
});

describe('detectAutoReply on plain input', () => {
  const receivedAt = new Date('2024-12-02T10:00:00Z');
  const mail = (text: string, subject = 'Re: Collaboration with Parley', headers: Record<string, unknown> = {}) => detectAutoReply({ headers, subject, text, receivedAt });

  it.each([
    ["I was out of office last week, but yes I'm interested! What are the deliverables and the budget?"],
    ['Hi! Thanks for reaching out. I would love to work with you. I am back from my trip, so could we schedule a call on Monday 9 December?'],
    ['Not interested, thanks. Please remove me from your list.'],
    ['Hey, sorry for the late answer, I was on vacation until yesterday. My rate for one reel is 800 EUR.\n\n> On Mon, 25 Nov 2024 Parley wrote:\n> I am out of the office until 1 December'],
    ['Hola, perdón por la demora, estuve fuera de la oficina. ¡Me interesa mucho la campaña!'],
  ])('a human reply is not automatic: %s', (text) => {
    expect(mail(text)).toEqual({ automatic: false, kind: null, signals: [], returnDate: null });
  });

  it('ignores Auto-Submitted: no, which RFC 3834 reserves for mail a person sent', () => {
    expect(mail('Sounds good!', 'Re: Collab', { 'Auto-Submitted': 'no' }).automatic).toBe(false);
  });

  it('does not count X-Auto-Response-Suppress values that only silence receipts', () => {
    expect(mail('Sounds good!', 'Re: Collab', { 'x-auto-response-suppress': 'DR, RN, NRN' }).automatic).toBe(false);
  });

  it('reads structured header values as mailparser produces them', () => {
    const headers = new Map<string, unknown>([['auto-submitted', { value: 'auto-replied', params: {} }]]);
    expect(detectAutoReply({ headers, subject: 'Re: Collab', text: 'Thanks, received.', receivedAt }).signals).toEqual(['Auto-Submitted: auto-replied']);
  });

  it('treats bulk precedence as automatic but not as an absence', () => {
    expect(mail('Thanks for your message, our team will get back to you by Friday.', 'Re: Collab', { precedence: 'bulk' })).toEqual({
      automatic: true,
      kind: 'auto_reply',
      signals: ['Precedence: bulk'],
      returnDate: null,
    });
  });

  it('accepts a short, clear absence notice without any headers', () => {
    expect(mail("I'm currently away with limited access to email. I'll be back on December 14.")).toEqual({
      automatic: true,
      kind: 'out_of_office',
      signals: ['Body: out-of-office statement'],
      returnDate: utcDay('2024-12-14'),
    });
  });

  it('does not trust an absence phrase buried in a long message without other signals', () => {
    const long = `I am out of the office this week, but I read your proposal. ${'It fits my audience well and I have some ideas. '.repeat(15)}`;
    expect(mail(long).automatic).toBe(false);
  });

  it('classifies by subject alone', () => {
    expect(mail('Thanks for your email.', 'Out of Office: Collaboration')).toMatchObject({ automatic: true, kind: 'out_of_office', signals: ['Subject: Out of Office'] });
    expect(mail('Thanks for your email.', 'Automatische Antwort: Kooperation')).toMatchObject({ automatic: true, kind: 'auto_reply' });
  });
});

describe('extractReturnDate', () => {
  // A Monday.
  const receivedAt = new Date('2024-12-02T15:30:00Z');

  it.each([
    ["I'll be back on December 14", '2024-12-14'],
    ['Returning Monday 16 Dec.', '2024-12-16'],
    ['Back on 14/12, speak then.', '2024-12-14'],
    ['I am travelling until 14 December', '2024-12-14'],
    ['Out until the 14th of December 2025', '2025-12-14'],
    ['Away through Dec. 13th', '2024-12-14'],
    ['Back on 2024-12-20', '2024-12-20'],
    ['I return on Friday', '2024-12-06'],
    ['Back Monday', '2024-12-09'],
    ['Estaré de vuelta el 14 de diciembre', '2024-12-14'],
    ['Regreso el lunes 16', '2024-12-16'],
    ['Estoy de vacaciones hasta el 20 de dic.', '2024-12-20'],
    ['Volto dia 14 de dezembro', '2024-12-14'],
    ['Retorno na segunda-feira, 9 de dezembro', '2024-12-09'],
    ['De retour le 14 décembre', '2024-12-14'],
    ["Je serai absent jusqu'au 14 décembre", '2024-12-14'],
    ['Je suis absente jusqu’au 1er janvier', '2025-01-01'],
    ['Ab dem 14.12. wieder erreichbar', '2024-12-14'],
    ['Ich bin bis einschließlich 13. Dezember nicht im Büro', '2024-12-14'],
    ['Ich bin bis zum 13.12.2024 nicht erreichbar', '2024-12-13'],
    ['Sono fuori ufficio fino al 9 dicembre', '2024-12-09'],
    ['Ik ben terug op 9 december', '2024-12-09'],
    // Already past this year, so next year.
    ['Back on 5 November', '2025-11-05'],
    ['Back on 1 March', '2025-03-01'],
  ])('%s → %s', (text, expected) => {
    expect(extractReturnDate(text, receivedAt)).toEqual(utcDay(expected));
  });

  it('prefers the stated return over the last day away', () => {
    expect(extractReturnDate('I am off from 1 December until 13 December and back on 16 December.', receivedAt)).toEqual(utcDay('2024-12-16'));
  });

  it.each([
    ['I am out of the office with limited access to email.'],
    ['I am out of the office from 1 December.'],
    ['I will get back to you by Friday.'],
    ['Your request (48213) has been received.'],
    ['Back on 31/11'],
    [''],
  ])('no return date in %j', (text) => {
    expect(extractReturnDate(text, receivedAt)).toBeNull();
  });
});
