import hoodiecrow from 'hoodiecrow-imap';
import { ImapFlow } from 'imapflow';

export interface ImapPeer {
  url: string;
  /** Delivers a message into the mailbox, as the receiving server would. */
  deliver(raw: Buffer): Promise<void>;
  /** The messages in the mailbox not yet flagged \Seen. */
  unseen(): Promise<number>;
  stop(): Promise<void>;
}

const USER = 'replies@trailhead.example.com';
const PASSWORD = 'mailbox-password';

/** A real IMAP server (hoodiecrow-imap) with one user and an empty INBOX; we talk to it with imapflow, as the product does. */
export async function startImapPeer(): Promise<ImapPeer> {
  const server = hoodiecrow({ plugins: ['ID', 'UIDPLUS', 'ENABLE', 'CONDSTORE', 'LITERALPLUS', 'UNSELECT', 'SPECIAL-USE'], storage: { INBOX: { messages: [] } }, users: { [USER]: { password: PASSWORD } } });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)));
  const withClient = async <T>(work: (client: ImapFlow) => Promise<T>): Promise<T> => {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: USER, pass: PASSWORD }, logger: false });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  };
  return {
    url: `imap://${encodeURIComponent(USER)}:${PASSWORD}@127.0.0.1:${port}/INBOX`,
    deliver: (raw) => withClient(async (client) => void (await client.append('INBOX', raw))),
    unseen: () =>
      withClient(async (client) => {
        const status = await client.status('INBOX', { unseen: true });
        return status ? (status.unseen ?? 0) : 0;
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
