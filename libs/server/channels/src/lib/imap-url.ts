import { ValidationException } from '@parley/server-core';
import type { EmailChannelDto } from '@parley/shared-types';

export type ImapMailbox = NonNullable<EmailChannelDto['imap']>;

/** The parts of an imap[s]://user:password@host[:port][/mailbox] URL; a 422 naming imapUrl when one is missing. */
export function parseImapUrl(value: string): ImapMailbox & { password: string } {
  const refuse = (why: string): never => {
    throw new ValidationException([{ field: 'imapUrl', messages: [why] }]);
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse('imapUrl is not a valid URL');
  }
  const secure = url.protocol === 'imaps:';
  if (!secure && url.protocol !== 'imap:') refuse('imapUrl must be an imap:// or imaps:// URL');
  if (!url.hostname) refuse('imapUrl needs a host');
  if (!url.username || !url.password) refuse('imapUrl needs the mailbox user and password (imaps://user:password@host)');
  const mailbox = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX';
  return { host: url.hostname, port: url.port ? Number(url.port) : secure ? 993 : 143, secure, user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), mailbox };
}

/** What the API may show of a stored mailbox: everything but the password. */
export function describeImap(value: string): ImapMailbox {
  const { password: _password, ...shown } = parseImapUrl(value);
  return shown;
}
