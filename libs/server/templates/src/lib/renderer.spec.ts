import { textToHtml } from './renderer';
import { scanTemplate } from './template-syntax';
import { CAMPAIGN, STORE, creators, offlineRenderer, subjectFor } from '../testing/test-subjects';

const BROKEN = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;
const renderer = offlineRenderer();
const [maya] = creators(1);

describe('scanTemplate', () => {
  it('lists placeholders in order, through blocks, whitespace control and comments', () => {
    const scan = scanTemplate('Hi {{~ influencer_name ~}}! {{! a note }}{{#if campaign_name}}Join {{campaign_name}}{{else}}{{store_name}}{{/if}} {{{niche}}} {{influencer_name}}');
    expect(scan).toEqual({ placeholders: ['influencer_name', 'campaign_name', 'store_name', 'niche'], errors: [] });
  });

  it('refuses helpers, paths, partials and bad syntax with a sentence each', () => {
    expect(scanTemplate('{{#each items}}x{{/each}}').errors[0]).toMatch(/not supported/);
    expect(scanTemplate('{{store.name}}').errors[0]).toMatch(/not a placeholder name/);
    expect(scanTemplate('{{lookup a b}}').errors[0]).toMatch(/takes no arguments/);
    expect(scanTemplate('{{> footer}}').errors[0]).toMatch(/partials/);
    expect(scanTemplate('{{influencer_name').errors[0]).toMatch(/syntax is invalid/);
  });
});

describe('TemplateRenderer', () => {
  it('fills every placeholder from the creator, store and campaign', async () => {
    const out = await renderer.render(
      { channel: 'email', subject: '{{campaign_name}} for {{influencer_first_name}}', body: '{{influencer_name}} @{{influencer_username}} {{platform}} {{followers_count}} {{engagement_rate}} {{niche}} {{store_name}} {{sender_name}} {{store_website}} {{campaign_objective}} {{campaign_start_date}}–{{campaign_end_date}} {{deliverables}}' },
      subjectFor({ ...maya, followersCount: 25400, engagementRate: 4.2 }),
    );
    expect(out.subject).toBe('Spring trail launch for Creator');
    expect(out.body).toBe(
      'Creator 0 Example @creator_0 Instagram 25.4K 4.2% fitness and beauty Trailhead Outfitters Maya from Trailhead https://trailhead.example.com getting the word out March 1, 2027–April 30, 2027 2 Instagram reels and 1 YouTube video',
    );
    expect(out.warnings).toEqual([]);
  });

  it('renders fallbacks for missing data, warns about each, and treats them as absent in {{#if}}', async () => {
    const sparse = { ...maya, displayName: null, bio: null, niche: [] };
    const out = await renderer.render(
      { channel: 'email', subject: 'A note for {{influencer_name}}', body: 'Hi {{influencer_name}}, {{ai_compliment}} Join {{campaign_name}}.{{#if campaign_name}} Dates: {{campaign_start_date}}.{{/if}}{{#unless offer_amount}} No offer yet.{{/unless}}' },
      subjectFor(sparse, { campaign: null }),
    );
    expect(out.body).not.toMatch(BROKEN);
    expect(out.body).toMatch(/^Hi creator_0, .+ Join our next campaign\. No offer yet\.$/);
    expect(out.warnings.join('\n')).toMatch(/influencer_name.*display name/);
    expect(out.warnings.join('\n')).toMatch(/campaign_name.*no campaign/);
    expect(out.warnings.join('\n')).toMatch(/no bio/);
  });

  it('keeps unicode and emoji, and never escapes text; the HTML part escapes everything and keeps links', async () => {
    const hostile = { ...maya, displayName: 'Zoë <script>alert(1)</script> & "Co" 🏃‍♀️' };
    const out = await renderer.render({ channel: 'email', subject: 'Für {{influencer_name}}', body: 'Hi {{influencer_name}}, see https://trailhead.example.com/ridge?x=1&y=2.' }, subjectFor(hostile));
    expect(out.body).toBe('Hi Zoë <script>alert(1)</script> & "Co" 🏃‍♀️, see https://trailhead.example.com/ridge?x=1&y=2.');
    expect(out.subject).toBe('Für Zoë <script>alert(1)</script> & "Co" 🏃‍♀️');
    expect(out.html).not.toContain('<script');
    expect(out.html).toContain('Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; 🏃‍♀️');
    expect(out.html).toContain('<a href="https://trailhead.example.com/ridge?x=1&amp;y=2">https://trailhead.example.com/ridge?x=1&amp;y=2</a>.');
  });

  it('fills a counter-offer: the counter and the ask in their currency, the rate card in USD, the deliverables priced', async () => {
    const negotiation = {
      currency: 'EUR',
      askAmount: '1200.00',
      rateLow: '390.00',
      rateTypical: '780.00',
      rateHigh: '1560.00',
      rateBasis: 'our rates for micro creators with 10K–100K followers',
      deliverables: [{ type: 'reel', platform: 'instagram' as const, quantity: 1 }],
    };
    const body = 'Ask {{influencer_ask}}, card {{rate_card_range}} ({{rate_card_typical}}), {{rate_card_basis}}: we offer {{offer_amount}} for {{deliverables}}.';
    const out = await renderer.render({ channel: 'email', subject: 'Re: your rate', body }, subjectFor(maya, { offerAmount: '900', negotiation }));
    expect(out.body).toBe('Ask €1,200.00, card $390.00–$1,560.00 ($780.00), our rates for micro creators with 10K–100K followers: we offer €900.00 for 1 Instagram reel.');
    expect(out.warnings).toEqual([]);
    const bare = await renderer.render({ channel: 'email', subject: 'x', body: '{{#if influencer_ask}}Ask {{influencer_ask}}.{{/if}} Card {{rate_card_range}}.' }, subjectFor(maya));
    expect(bare.body).toBe('Card our usual range.');
    expect(bare.warnings.join(' ')).toMatch(/\{\{influencer_ask\}\}: the creator has no open offer/);
  });

  it('measures DMs in UTF-8 bytes against the channel limit and names it when broken', async () => {
    const accents = 'Été ⛰️ café '.repeat(70);
    const out = await renderer.render({ channel: 'instagram_dm', subject: null, body: `{{influencer_name}} ${accents}` }, subjectFor(maya));
    expect(out.characters).toBeLessThan(1000);
    expect(out.bytes).toBeGreaterThan(1000);
    expect(out.overLimit).toMatch(/at most 1000 bytes/);
    expect(out.html).toBeUndefined();
    const tiktok = await renderer.render({ channel: 'tiktok_dm', subject: null, body: accents }, subjectFor(maya));
    expect(tiktok.overLimit).toBeNull();
  });

  it('turns paragraphs into <p> and line breaks into <br>', () => {
    expect(textToHtml('a\nb\n\nc')).toContain('<p>a<br>\nb</p>\n<p>c</p>');
  });

  it('renders 1,000 generated creators with every placeholder and never leaves anything broken', async () => {
    const every = 'Hi {{influencer_name}} ({{influencer_first_name}}, @{{influencer_username}}) on {{platform}}: {{followers_count}}, {{engagement_rate}}, {{niche}}. {{ai_compliment}} {{brand_alignment}} {{store_name}} {{sender_name}} {{store_website}} {{campaign_name}} {{campaign_description}} {{campaign_objective}} {{campaign_start_date}} {{campaign_end_date}} {{deliverables}} {{offer_amount}} {{influencer_ask}} {{rate_card_range}} {{rate_card_typical}} {{rate_card_basis}}';
    for (const [i, creator] of creators(1000).entries()) {
      const out = await renderer.render({ channel: 'email', subject: '{{campaign_name}} × {{influencer_name}}', body: every }, subjectFor(creator, { campaign: i % 4 === 0 ? null : CAMPAIGN, store: i % 3 ? STORE : { ...STORE, senderName: null, website: null, description: null } }));
      expect(out.body).not.toMatch(BROKEN);
      expect(out.subject).not.toMatch(BROKEN);
      expect(out.html).not.toMatch(/\{\{|\bundefined\b|\bNaN\b/);
    }
  });
});
