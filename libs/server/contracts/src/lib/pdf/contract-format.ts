const DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** "March 15, 2027": contract dates are calendar days, written in UTC so every reader sees the same day. */
export const formatDate = (d: Date): string => DATE.format(d);

/** "March 15, 2027 at 14:03:07 UTC". */
export const formatDateTime = (d: Date): string => `${DATE.format(d)} at ${TIME.format(d)} UTC`;

/** "1,200.00 USD" from the decimal string, digit for digit (never through a float). */
export function formatAmount(amount: string, currency: string): string {
  const [whole, cents = '00'] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount.startsWith('-') ? '-' : ''}${grouped}.${cents.padEnd(2, '0').slice(0, 2)} ${currency}`;
}
