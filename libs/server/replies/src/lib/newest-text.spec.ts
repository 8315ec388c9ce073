import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { htmlToReplyText, newestText } from './newest-text';

/** skipHtmlToText leaves HTML-only mails to htmlToReplyText instead of mailparser's own conversion, so the fixtures exercise it. */
async function replyPartsOf(fixture: string) {
  const parsed = await simpleParser(readFileSync(join(__dirname, 'fixtures', fixture)), { skipHtmlToText: true });
  return newestText(parsed.text || htmlToReplyText(parsed.html || ''));
}

describe('newestText on real mails', () => {
  it('Gmail: multipart, quoted-printable, "On … wrote:" wrapped over two lines', async () => {
    const parts = await replyPartsOf('gmail-reply.eml');
    expect(parts.newest).toBe(
      'Hi Alex,\n\nThanks for reaching out! I’d love to join the spring campaign. Could you send over the rates and the timeline?\n\nBest,\nMaya',
    );
    expect(parts.quoted).toMatch(/^On Mon, 30 Nov 2026 at 09:00, Alex Rivera/);
    expect(parts.quoted).toContain("> We're launching our spring trail collection and think your audience would love it.");
    expect(parts.signature).toBeNull();
  });

  it('Outlook: HTML only, French "De : / Envoyé :" block', async () => {
    const parts = await replyPartsOf('outlook-reply-fr.eml');
    expect(parts.newest).toBe(
      'Bonjour Alex,\n\nMerci pour votre message. Je suis intéressée : pouvez-vous m’envoyer les détails & le calendrier ?\n\nCordialement,\nCamille',
    );
    expect(parts.quoted).toBe(
      'De : Alex Rivera <alex@trailhead.example.com>\nEnvoyé : lundi 30 novembre 2026 09:00\nÀ : Camille Martin <camille@example.fr>\nObjet : Lancement printemps\n\nBonjour Camille,\nNous lançons notre collection de printemps et aimerions collaborer avec vous.',
    );
  });

  it('Apple Mail: "Sent from my iPhone" becomes the signature', async () => {
    const parts = await replyPartsOf('apple-mail-reply.eml');
    expect(parts).toEqual({
      newest: 'Sounds great, count me in! Send the contract whenever it’s ready.',
      signature: 'Sent from my iPhone',
      quoted: expect.stringContaining('> Would you like to join our spring trail campaign?'),
    });
  });

  it('Spanish: ISO-8859-1 quoted-printable, "El … escribió:"', async () => {
    const parts = await replyPartsOf('spanish-latin1-reply.eml');
    expect(parts.newest).toBe('Hola Alex,\n\n¡Me encanta la idea! ¿Cuándo empezaría la campaña?\n\nSaludos,\nLucía');
    expect(parts.quoted).toMatch(/^El lun, 30 nov 2026 a las 9:00, .* escribió:/);
    expect(parts.quoted).toContain('> Lanzamos nuestra colección de primavera');
  });

  it('Portuguese: base64, "Em … escreveu:" and a mobile footer', async () => {
    const parts = await replyPartsOf('portuguese-base64-reply.eml');
    expect(parts.newest).toBe('Olá Alex,\n\nTenho interesse sim! Qual é o prazo para os vídeos?\n\nAbraços,\nJoão');
    expect(parts.signature).toBe('Enviado do meu iPhone');
    expect(parts.quoted).toContain('> Estamos lançando nossa coleção de primavera');
  });

  it('German: wrapped "Am … schrieb" header and an RFC 3676 signature', async () => {
    const parts = await replyPartsOf('german-reply.eml');
    expect(parts.newest).toBe('Hallo Alex,\n\nklingt gut, ich bin dabei. Schick mir bitte den Vertrag.\n\nViele Grüße\nJonas');
    expect(parts.signature).toBe('Jonas Weber | Fitness-Creator\nwww.jonasweber.example.de');
    expect(parts.quoted).toContain('> wir starten unsere Frühjahrskollektion');
  });
});

describe('newestText reply headers', () => {
  it.each([
    ['English', 'On Mon, 30 Nov 2026 at 09:00, Alex <alex@x.com> wrote:'],
    ['Spanish', 'El lun, 30 nov 2026 a las 9:00, Alex (<alex@x.com>) escribió:'],
    ['Portuguese', 'Em seg., 30 de nov. de 2026 às 09:00, Alex <alex@x.com> escreveu:'],
    ['French', 'Le lun. 30 nov. 2026 à 09:00, Alex <alex@x.com> a écrit :'],
    ['German', 'Am Mo., 30. Nov. 2026 um 09:00 Uhr schrieb Alex <alex@x.com>:'],
    ['Apple Mail', 'On 30 Nov 2026, at 09:00, Alex <alex@x.com> wrote:'],
    ['wrapped English', 'On Mon, 30 Nov 2026 at 09:00, Alex Rivera <\nalex@x.com> wrote:'],
    ['wrapped Spanish', 'El lun, 30 nov 2026 a las 9:00, Alex Rivera (<alex@x.com>)\nescribió:'],
  ])('cuts at the %s header, even without quote markers below it', (_, header) => {
    expect(newestText(`Yes, I'm in.\n\n${header}\nOriginal pitch`)).toEqual({ newest: "Yes, I'm in.", quoted: `${header}\nOriginal pitch`, signature: null });
  });

  it('keeps prose that merely opens like a header', () => {
    const text = 'On reflection, here is what I wrote:\nthe rate works for me.';
    expect(newestText(text).newest).toBe(text);
  });
});

describe('newestText Outlook and forwarded blocks', () => {
  it.each([
    ['-----Original Message-----\nFrom: Alex\nSent: Monday'],
    ['________________________________\nFrom: Alex <alex@x.com>\nSent: Monday, November 30, 2026 9:00 AM'],
    ['________________________________\n\nDe: Alex <alex@x.com>\nEnviado: lunes, 30 de noviembre de 2026 9:00'],
    ['________________________________\nVon: Alex <alex@x.com>\nGesendet: Montag, 30. November 2026 09:00'],
    ['________________________________\nDe : Alex <alex@x.com>\nEnvoyé : lundi 30 novembre 2026 09:00'],
    ['From: Alex <alex@x.com>\nSent: Monday, November 30, 2026 9:00 AM\nTo: Maya\nSubject: Spring'],
    ['*From:* Alex <alex@x.com>\n*Sent:* Monday, November 30, 2026 9:00 AM'],
    ['De : Alex <alex@x.com>\nEnvoyé : lundi 30 novembre 2026 09:00'],
    ['Von: Alex <alex@x.com>\nGesendet: Montag, 30. November 2026 09:00'],
    ['De: Alex <alex@x.com>\nEnviado: lunes, 30 de noviembre de 2026 9:00'],
    ['De: Alex <alex@x.com>\nEnviado el: lunes, 30 de noviembre de 2026 9:00'],
    ['---------- Forwarded message ---------\nFrom: Alex'],
    ['Begin forwarded message:\n\nFrom: Alex'],
    ['-------- Message transféré --------\nSujet : Printemps'],
    ['---------- Mensaje reenviado ---------\nDe: Alex'],
    ['---------- Weitergeleitete Nachricht ----------\nVon: Alex'],
    ['---------- Mensagem encaminhada ---------\nDe: Alex'],
  ])('cuts at %j', (block) => {
    expect(newestText(`Sounds good.\n\n${block}\n\nOriginal pitch`)).toEqual({ newest: 'Sounds good.', quoted: `${block}\n\nOriginal pitch`, signature: null });
  });

  it('does not cut at a lone "From:" line in prose', () => {
    const text = 'Happy to help.\nFrom: my experience, reels do better than stories.\nTalk soon';
    expect(newestText(text)).toEqual({ newest: text, quoted: '', signature: null });
  });

  it('does not cut at a rule of underscores without a header block under it', () => {
    const text = 'Sign here:\n__________________\nThanks';
    expect(newestText(text).newest).toBe(text);
  });
});

describe('newestText quotes', () => {
  it('cuts at the first quoted block after the new text, including anything after it', () => {
    expect(newestText('Deal!\n> Can you do $500?\n> Thanks\nA trailing note\n> more')).toEqual({
      newest: 'Deal!',
      quoted: '> Can you do $500?\n> Thanks\nA trailing note\n> more',
      signature: null,
    });
  });

  it('falls back to the unquoted lines for inline answers', () => {
    const text = 'On Mon, 30 Nov 2026 at 09:00, Alex <alex@x.com> wrote:\n> What is your rate?\n$400 per reel.\n> When can you post?\nNext week.';
    expect(newestText(text)).toEqual({
      newest: '$400 per reel.\nNext week.',
      quoted: 'On Mon, 30 Nov 2026 at 09:00, Alex <alex@x.com> wrote:\n> What is your rate?\n> When can you post?',
      signature: null,
    });
  });

  it('normalises CRLF and trims', () => {
    expect(newestText('\r\n  Works for me.\r\n\r\n> old\r\n')).toEqual({ newest: 'Works for me.', quoted: '> old', signature: null });
  });

  it('returns empty parts for an empty body', () => {
    expect(newestText('')).toEqual({ newest: '', quoted: '', signature: null });
  });
});

describe('newestText signatures', () => {
  it('splits at the RFC 3676 "-- " delimiter', () => {
    expect(newestText('Count me in.\n\n-- \nMaya Chen\n@mayaruns')).toEqual({ newest: 'Count me in.', quoted: '', signature: 'Maya Chen\n@mayaruns' });
  });

  it.each([
    'Sent from my iPhone',
    'Sent from my Android',
    'Get Outlook for iOS',
    'Enviado desde mi iPhone',
    'Enviado do meu iPhone',
    'Envoyé de mon iPhone',
    'Von meinem iPhone gesendet',
    'Sent from Yahoo Mail on Android',
    'Sent from Gmail Mobile',
  ])('takes the mobile footer %j at the end of the new text', (footer) => {
    expect(newestText(`Yes please!\n\n${footer}\n\nOn Mon, 30 Nov 2026 at 09:00, Alex <alex@x.com> wrote:\n> Interested?`)).toEqual({
      newest: 'Yes please!',
      quoted: 'On Mon, 30 Nov 2026 at 09:00, Alex <alex@x.com> wrote:\n> Interested?',
      signature: footer,
    });
  });

  it('leaves a footer phrase that is not at the end', () => {
    const text = 'Sent from my iPhone\nbut I will reply properly tonight.';
    expect(newestText(text)).toEqual({ newest: text, quoted: '', signature: null });
  });

  it('keeps a message that is nothing but a footer', () => {
    expect(newestText('Sent from my iPhone')).toEqual({ newest: 'Sent from my iPhone', quoted: '', signature: null });
  });
});

describe('htmlToReplyText', () => {
  it('breaks lines at block elements and <br>, drops invisible elements and decodes entities', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Hi&nbsp;Alex,</p><div>Rates: 5&#x20AC; &amp; up<br>Caf&eacute; &#8220;ok&#8221;</div><ul><li>one</li><li>two</li></ul></body></html>';
    expect(htmlToReplyText(html)).toBe('Hi Alex,\nRates: 5€ & up\nCafé “ok”\none\ntwo');
  });

  it('prefixes blockquote lines with "> " per level so newestText strips them', () => {
    const html = '<div>Sure!</div><blockquote><div>Want to join?</div><blockquote>Earlier<br>note</blockquote></blockquote>';
    expect(htmlToReplyText(html)).toBe('Sure!\n> Want to join?\n> > Earlier\n> > note');
    expect(newestText(htmlToReplyText(html)).newest).toBe('Sure!');
  });
});
