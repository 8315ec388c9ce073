export const TEMPLATE_EXAMPLE = {
  id: '2f3e4d5c-6b7a-4891-a2b3-c4d5e6f70819',
  name: 'First email',
  channel: 'email',
  templateType: 'initial_outreach',
  subject: '{{influencer_first_name}}, an idea for {{campaign_name}}',
  body: 'Hi {{influencer_first_name}},\n\n{{ai_compliment}}\n\nI’m {{sender_name}} at {{store_name}}. {{brand_alignment}}\n\n…',
  variables: ['influencer_first_name', 'campaign_name', 'ai_compliment', 'sender_name', 'store_name', 'brand_alignment'],
  isDefault: true,
  spam: { score: 0, findings: [] },
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

export const PREVIEW_EXAMPLE = {
  subject: 'Maya, an idea for Spring trail launch',
  body: 'Hi Maya,\n\n“Marathon coach posting interval plans and recovery tips” is such a clear way to describe what you do, and your Instagram lives up to it. You have built an audience that clearly trusts your recommendations, and the interval posts show why.\n\n…',
  html: '<!doctype html>\n<html><body …><p>Hi Maya,</p>…</body></html>',
  warnings: [],
  bytes: 812,
  characters: 806,
  limit: { maxBytes: null, maxChars: null, hasSubject: true, maxSubjectChars: 200 },
  spam: { score: 0, findings: [] },
};
