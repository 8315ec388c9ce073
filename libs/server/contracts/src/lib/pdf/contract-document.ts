import type { ContractAudit, ContractClause, ContractDeliverable } from '@parley/server-data';
import type { CompensationType, UsageRights } from '@parley/shared-types';
import Handlebars from 'handlebars';
import { formatAmount, formatDate, formatDateTime } from './contract-format';

/** Everything the document shows, as the contract, its store and its creator say it. */
export interface ContractDocumentInput {
  id: string;
  brandName: string;
  brandEmail: string | null;
  influencerName: string;
  influencerHandle: string | null;
  influencerEmail: string | null;
  campaignName: string;
  deliverables: ContractDeliverable[];
  compensation: string;
  currency: string;
  compensationType: CompensationType;
  startDate: Date;
  endDate: Date;
  contentGuidelines: string | null;
  mustInclude: string[];
  mustAvoid: string[];
  exclusivity: boolean;
  usageRights: UsageRights | null;
  clauses: ContractClause[];
  preparedAt: Date;
}

/** What signing adds: the signature and an audit page naming the terms' own fingerprint. */
export interface SignatureInput {
  audit: Omit<ContractAudit, 'pdfSha256'>;
  termsSha256: string;
}

export const COMPENSATION_LABELS: Record<CompensationType, string> = {
  flat_fee: 'Flat fee',
  per_post: 'Per post',
  commission: 'Commission',
  product: 'Product',
};

export const USAGE_RIGHTS_TEXT: Record<UsageRights, string> = {
  perpetual: 'Perpetual: the Brand may use, repost and adapt the content in its own channels and paid media, worldwide and without time limit.',
  limited: 'Limited: the Brand may repost and share the content in its own channels for 12 months from publication; paid media needs the Creator\'s written consent.',
  none: 'None: the content stays on the Creator\'s channels; the Brand may link to it and share it natively within the platform only.',
};

const exclusivityText = (exclusive: boolean) =>
  exclusive
    ? 'Exclusive: during the term the Creator will not create sponsored content for a competing brand in the same product category.'
    : 'Non-exclusive: the Creator remains free to work with other brands.';

const platformLabel = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);

// Every value goes in with {{…}}, which Handlebars escapes for HTML. The one {{{…}}} is the page
// footer inside the stylesheet, where HTML escaping does not apply: it is written by cssString, which
// escapes every character but letters, digits and spaces.
const TEMPLATE = Handlebars.compile<object>(
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{{title}}</title>
<style>
  @page {
    size: A4;
    margin: 18mm 18mm 20mm 18mm;
    @bottom-left { content: {{{footerLeft}}}; font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #55555f; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #55555f; }
  }
  * { box-sizing: border-box; }
  body { font-family: 'Liberation Serif', 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; line-height: 1.45; color: #1b1b1f; margin: 0; }
  h1 { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 19pt; margin: 0 0 2pt; letter-spacing: -0.01em; }
  h2 { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; text-transform: uppercase; letter-spacing: 0.06em; color: #3b3b45; border-bottom: 0.75pt solid #c9c9d1; padding-bottom: 2pt; margin: 16pt 0 6pt; break-after: avoid; }
  .meta { color: #55555f; font-size: 9pt; margin-bottom: 12pt; }
  .parties { display: flex; gap: 16pt; }
  .party { flex: 1; border: 0.75pt solid #d6d6de; border-radius: 4pt; padding: 8pt 10pt; }
  .party .role { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.08em; color: #6b6b75; }
  .party .name { font-weight: bold; font-size: 11.5pt; }
  dl.terms { display: grid; grid-template-columns: 34% 66%; margin: 0; }
  dl.terms dt { font-weight: bold; padding: 3pt 0; }
  dl.terms dd { margin: 0; padding: 3pt 0; }
  table { width: 100%; border-collapse: collapse; font-size: 10pt; }
  th { font-family: 'Liberation Sans', Arial, sans-serif; text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #55555f; border-bottom: 1pt solid #1b1b1f; padding: 4pt 6pt; }
  td { border-bottom: 0.5pt solid #d6d6de; padding: 4pt 6pt; vertical-align: top; }
  td.num { text-align: right; }
  tr { break-inside: avoid; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  ul { margin: 2pt 0 0 16pt; padding: 0; }
  li { overflow-wrap: anywhere; }
  .clause { break-inside: avoid; margin-bottom: 6pt; }
  .clause h3 { font-size: 10.5pt; margin: 8pt 0 2pt; }
  .signatures { display: flex; gap: 24pt; margin-top: 18pt; break-inside: avoid; }
  .signature { flex: 1; }
  .signature .line { border-bottom: 0.75pt solid #1b1b1f; height: 28pt; display: flex; align-items: flex-end; font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 14pt; padding-bottom: 2pt; }
  .signature .caption { font-size: 9pt; color: #55555f; margin-top: 3pt; }
  .audit { break-before: page; }
  .audit dl.terms dd { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 9pt; overflow-wrap: anywhere; }
</style></head>
<body>
<h1>{{title}}</h1>
<div class="meta">Agreement {{reference}} · prepared {{preparedOn}}</div>

<div class="parties">
  <div class="party"><div class="role">Brand</div><div class="name">{{brand.name}}</div>{{#if brand.email}}<div>{{brand.email}}</div>{{/if}}</div>
  <div class="party"><div class="role">Creator</div><div class="name">{{creator.name}}</div>{{#if creator.handle}}<div>@{{creator.handle}}</div>{{/if}}{{#if creator.email}}<div>{{creator.email}}</div>{{/if}}</div>
</div>

<h2>Terms</h2>
<dl class="terms">
  <dt>Campaign</dt><dd>{{campaign}}</dd>
  <dt>Term</dt><dd>{{startDate}} to {{endDate}}</dd>
  <dt>Compensation</dt><dd>{{compensation}} ({{compensationType}})</dd>
  <dt>Exclusivity</dt><dd>{{exclusivity}}</dd>
  <dt>Usage rights</dt><dd>{{usageRights}}</dd>
</dl>

<h2>Deliverables</h2>
<table>
  <thead><tr><th>#</th><th>Deliverable</th><th>Platform</th><th class="num">Quantity</th><th>Due</th></tr></thead>
  <tbody>{{#each deliverables}}<tr><td>{{n}}</td><td>{{type}}</td><td>{{platform}}</td><td class="num">{{quantity}}</td><td>{{due}}</td></tr>{{/each}}</tbody>
</table>

<h2>Content guidelines</h2>
<div class="text">{{#if guidelines}}{{guidelines}}{{else}}None beyond the campaign brief.{{/if}}</div>
<h2>Must include</h2>
{{#if mustInclude.length}}<ul>{{#each mustInclude}}<li class="text">{{this}}</li>{{/each}}</ul>{{else}}<div>Nothing in particular.</div>{{/if}}
<h2>Must avoid</h2>
{{#if mustAvoid.length}}<ul>{{#each mustAvoid}}<li class="text">{{this}}</li>{{/each}}</ul>{{else}}<div>Nothing in particular.</div>{{/if}}

{{#if clauses.length}}<h2>Agreement</h2>
{{#each clauses}}<div class="clause"><h3>{{n}}. {{heading}}</h3><div class="text">{{body}}</div></div>{{/each}}{{/if}}

<div class="signatures">
  <div class="signature"><div class="line"></div><div class="caption">For {{brand.name}} (Brand)</div></div>
  <div class="signature"><div class="line">{{#if signed}}{{signed.signerName}}{{/if}}</div>
    <div class="caption">{{creator.name}} (Creator){{#if signed}}: signed electronically on {{signed.signedAt}}{{/if}}</div></div>
</div>

{{#if signed}}<section class="audit">
<h2>Signature audit</h2>
<dl class="terms">
  <dt>Agreement</dt><dd>{{id}}</dd>
  <dt>Signed by</dt><dd>{{signed.signerName}}</dd>
  <dt>Signed at</dt><dd>{{signed.signedAt}}</dd>
  <dt>IP address</dt><dd>{{signed.ip}}</dd>
  <dt>User agent</dt><dd>{{signed.userAgent}}</dd>
  <dt>Consent</dt><dd>The signer typed their full name and ticked "I have read and agree to this agreement".</dd>
  <dt>Terms fingerprint</dt><dd>SHA-256 {{signed.termsSha256}} (of the unsigned agreement's document as presented to the signer)</dd>
</dl>
</section>{{/if}}
</body></html>`,
  { strict: true, knownHelpersOnly: true, knownHelpers: { if: true, each: true } },
);

/** A CSS string literal of any text: everything but letters, digits and spaces as a hex escape, so no quote, backslash or `</style>` survives. */
export const cssString = (text: string): string => `"${text.replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/** The agreement as an HTML document for the PDF renderer; every value from the contract is escaped. */
export function contractHtml(input: ContractDocumentInput, signature?: SignatureInput): string {
  const reference = input.id.slice(0, 8).toUpperCase();
  return TEMPLATE({
    footerLeft: cssString(`${input.brandName} × ${input.influencerName} · ${reference}${signature ? ' · signed' : ''}`),
    title: 'Influencer Partnership Agreement',
    id: input.id,
    reference,
    preparedOn: formatDate(input.preparedAt),
    brand: { name: input.brandName, email: input.brandEmail },
    creator: { name: input.influencerName, handle: input.influencerHandle, email: input.influencerEmail },
    campaign: input.campaignName,
    startDate: formatDate(input.startDate),
    endDate: formatDate(input.endDate),
    compensation: formatAmount(input.compensation, input.currency),
    compensationType: COMPENSATION_LABELS[input.compensationType],
    exclusivity: exclusivityText(input.exclusivity),
    usageRights: input.usageRights ? USAGE_RIGHTS_TEXT[input.usageRights] : 'Not granted beyond sharing the content natively within the platform.',
    deliverables: input.deliverables.map((d, i) => ({
      n: i + 1,
      type: d.type,
      platform: platformLabel(d.platform),
      quantity: d.quantity,
      due: d.dueDate ? formatDate(new Date(d.dueDate)) : `by ${formatDate(input.endDate)}`,
    })),
    guidelines: input.contentGuidelines,
    mustInclude: input.mustInclude,
    mustAvoid: input.mustAvoid,
    clauses: input.clauses.map((c, i) => ({ n: i + 1, heading: c.heading, body: c.body })),
    signed: signature
      ? {
          signerName: signature.audit.signerName,
          signedAt: formatDateTime(new Date(signature.audit.signedAt)),
          ip: signature.audit.ip ?? 'unknown',
          userAgent: signature.audit.userAgent ?? 'unknown',
          termsSha256: signature.termsSha256,
        }
      : null,
  });
}
