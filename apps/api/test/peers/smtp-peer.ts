import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  seq: number;
  envelope: { mailFrom: string; rcptTo: string[] };
  raw: string;
  parsed: ParsedMail;
  receivedAt: number;
}

export interface SmtpPeer {
  url: string;
  port: number;
  messages: ReceivedMail[];
  counts: { tempFailed: number; rejected: number };
  /** RCPT TO this address answers 550 5.1.1 (unknown user). */
  reject(address: string): void;
  /** This share of RCPT and DATA commands answers 451 (deterministic sequence). */
  tempFail(share: number): void;
  to(address: string): ReceivedMail[];
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  waitForCount(n: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server (the smtp-server package) that keeps what it accepts, parsed with mailparser. */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const messages: ReceivedMail[] = [];
  const rejected = new Set<string>();
  const counts = { tempFailed: 0, rejected: 0 };
  let share = 0;
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const tempError = () => Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      if (rejected.has(address.address.toLowerCase())) {
        counts.rejected++;
        return callback(Object.assign(new Error('5.1.1 <' + address.address + '>: Recipient address rejected: User unknown'), { responseCode: 550 }));
      }
      if (share && rand() < share / 2) {
        counts.tempFailed++;
        return callback(tempError());
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (share && rand() < share / 2) {
          counts.tempFailed++;
          return callback(tempError());
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        };
        simpleParser(raw)
          .then((parsed) => {
            messages.push({ seq: messages.length + 1, envelope, raw, parsed, receivedAt: Date.now() });
            callback();
          })
          .catch(callback);
      });
    },
  });
  // A client killed mid-session (the exactly-once drill SIGKILLs a worker) resets its socket: a real
  // server logs that and carries on; unhandled, the 'error' event would take the test process down.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  const waitFor = async (predicate: (m: ReceivedMail) => boolean, timeoutMs = 20_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      if (Date.now() > end) throw new Error('no matching message reached the SMTP peer');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    counts,
    reject: (address) => rejected.add(address.toLowerCase()),
    tempFail: (s) => {
      share = s;
    },
    to: (address) => messages.filter((m) => m.envelope.rcptTo.includes(address.toLowerCase())),
    waitFor,
    async waitForCount(n, timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > end) throw new Error(`only ${messages.length} of ${n} messages reached the SMTP peer`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
