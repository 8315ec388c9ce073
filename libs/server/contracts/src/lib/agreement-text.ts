import type { ContractClause } from '@parley/server-data';

/** The placeholders a contract template's clauses may hold, filled when a contract is written. */
export const CONTRACT_PLACEHOLDERS = [
  'brand_name',
  'influencer_name',
  'influencer_handle',
  'campaign_name',
  'compensation',
  'compensation_type',
  'start_date',
  'end_date',
  'usage_rights',
  'exclusivity',
  'deliverables_summary',
] as const;
export type ContractPlaceholder = (typeof CONTRACT_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The built-in agreement: what a store gets until it writes its own template. */
export const BUILT_IN_AGREEMENT: { name: string; clauses: ContractClause[] } = {
  name: 'Standard influencer agreement',
  clauses: [
    {
      heading: 'Scope',
      body: '{{influencer_name}} ("the Creator") will create and publish the deliverables listed above ({{deliverables_summary}}) for {{brand_name}} ("the Brand") as part of the {{campaign_name}} campaign, between {{start_date}} and {{end_date}}.',
    },
    {
      heading: 'Review before publishing',
      body: 'The Creator shares each piece of content with the Brand before it is published. The Brand answers within two business days, and the Creator makes reasonable changes once per piece. Content the Brand has not answered about within that time counts as approved.',
    },
    {
      heading: 'Disclosure',
      body: "Every sponsored post is clearly marked as an advertisement or paid partnership, using the platform's own branded-content tools where they exist and the disclosure rules that apply to the Creator's audience (for example the FTC Endorsement Guides or the UK CAP Code).",
    },
    {
      heading: 'Payment',
      body: "The Brand pays {{compensation}} ({{compensation_type}}) within 30 days of the last deliverable being published, against the Creator's invoice.",
    },
    { heading: 'Ownership and usage', body: 'The Creator keeps ownership of the content. Usage rights granted to the Brand: {{usage_rights}}' },
    { heading: 'Exclusivity', body: '{{exclusivity}}' },
    {
      heading: 'Ending the agreement',
      body: 'Either party may end this agreement in writing if the other materially breaches it and does not put the breach right within 7 days. Published content stays up for at least 30 days, and deliverables completed before the end are paid pro rata.',
    },
    {
      heading: 'Conduct',
      body: "Neither party will act in a way that brings the other into public disrepute. The Creator's posts follow the platform's rules and the law, and make no claim about the product that the Brand has not given in writing.",
    },
    {
      heading: 'Entire agreement',
      body: 'This agreement, with the terms above, is the whole agreement between the parties about this campaign. Changes are made in writing. Electronic signatures are binding on both parties.',
    },
  ],
};

/** Placeholders a text uses that are not in CONTRACT_PLACEHOLDERS (a template with one is refused). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(CONTRACT_PLACEHOLDERS);
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !known.has(name)))];
}

/** The clauses with their placeholders filled; the result is plain text (the PDF escapes it). */
export function fillClauses(clauses: ContractClause[], values: Record<ContractPlaceholder, string>): ContractClause[] {
  const fill = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as ContractPlaceholder] : whole));
  return clauses.map((c) => ({ heading: fill(c.heading), body: fill(c.body) }));
}
