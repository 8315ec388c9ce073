import { dueDates } from '../contract-deliveries';
import { contractHtml, cssString, type ContractDocumentInput } from './contract-document';
import { formatAmount } from './contract-format';

const input = (over: Partial<ContractDocumentInput> = {}): ContractDocumentInput => ({
  id: '3c1f7a52-8e0d-4b6a-9c2f-5d4e3b2a1f00',
  brandName: 'Trailhead',
  brandEmail: null,
  influencerName: 'Jordan',
  influencerHandle: 'jordan',
  influencerEmail: null,
  campaignName: 'Spring',
  deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
  compensation: '1200.50',
  currency: 'USD',
  compensationType: 'flat_fee',
  startDate: new Date('2027-03-15T12:00:00Z'),
  endDate: new Date('2027-04-30T12:00:00Z'),
  contentGuidelines: null,
  mustInclude: [],
  mustAvoid: [],
  exclusivity: false,
  usageRights: null,
  clauses: [],
  preparedAt: new Date('2026-11-30T09:00:00Z'),
  ...over,
});

describe('the contract document', () => {
  it('escapes every value: markup from the contract reaches the page as text', () => {
    const html = contractHtml(input({ contentGuidelines: '<script>alert(1)</script>', mustInclude: ['<img src=x onerror=alert(1)>'], campaignName: '"><iframe src=//evil>' }));
    expect(html).not.toMatch(/<script>alert|<img src=x|<iframe src/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes the footer into the stylesheet as a CSS string nothing can break out of', () => {
    const hostile = `Evil"; } body { display: none } </style><script>x</script>`;
    const html = contractHtml(input({ brandName: hostile }));
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toContain('</style');
    expect(style).not.toContain('"; }');
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
  });

  it('writes money digit for digit and dates as calendar days', () => {
    expect(formatAmount('1234567.5', 'EUR')).toBe('1,234,567.50 EUR');
    expect(formatAmount('750.00', 'USD')).toBe('750.00 USD');
    expect(contractHtml(input())).toContain('March 15, 2027 to April 30, 2027');
  });

  it('dates each promised item: its own due date, else spread over the term with the last on the end date', () => {
    const due = dueDates({
      deliverables: [
        { type: 'reel', platform: 'instagram', quantity: 1, dueDate: '2027-03-20T12:00:00.000Z' },
        { type: 'story', platform: 'instagram', quantity: 2 },
      ],
      startDate: new Date('2027-03-01T00:00:00Z'),
      endDate: new Date('2027-03-31T00:00:00Z'),
    });
    expect(due.map((d) => d.dueDate.toISOString())).toEqual(['2027-03-20T12:00:00.000Z', '2027-03-16T00:00:00.000Z', '2027-03-31T00:00:00.000Z']);
  });
});
