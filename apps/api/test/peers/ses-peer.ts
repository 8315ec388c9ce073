import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface SesSent {
  messageId: string;
  raw: string;
  parsed: ParsedMail;
}

export interface SesPeer {
  url: string;
  sent: SesSent[];
  requests: number;
  /** The next `n` SendRawEmail calls answer 400 Throttling, as SES does past the sending rate. */
  throttle(n: number): void;
  /** SendRawEmail to this address answers 400 MessageRejected. */
  reject(address: string): void;
  stop(): Promise<void>;
}

const xmlError = (code: string, message: string) =>
  `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;

/**
 * A local server speaking SES v1's Query API (the wire format @aws-sdk/client-ses uses): a
 * form-encoded POST with Action=SendRawEmail and RawMessage.Data in base64, answered in SES's XML,
 * errors included. SigV4 is not checked (protocol-facts §3).
 */
export async function startSesPeer(): Promise<SesPeer> {
  const sent: SesSent[] = [];
  const rejected = new Set<string>();
  let throttled = 0;
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const reply = (status: number, body: string) => res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() }).end(body);
      if (form.get('Action') !== 'SendRawEmail') return reply(400, xmlError('InvalidAction', `Unknown action ${form.get('Action')}`));
      if (throttled > 0) {
        throttled--;
        return reply(400, xmlError('Throttling', 'Maximum sending rate exceeded.'));
      }
      const raw = Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8');
      simpleParser(raw).then((parsed) => {
        const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
        if (to.some((a) => rejected.has(a))) return reply(400, xmlError('MessageRejected', 'Email address is not verified. The following identities failed the check in region US-EAST-1: ' + to.join(', ')));
        const messageId = `0100018f${randomUUID().replace(/-/g, '')}-000000`;
        sent.push({ messageId, raw, parsed });
        reply(200, `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>${messageId}</MessageId></SendRawEmailResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></SendRawEmailResponse>`);
      }, () => reply(400, xmlError('InvalidParameterValue', 'Illegal raw message')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    get requests() {
      return state.requests;
    },
    throttle: (n) => {
      throttled = n;
    },
    reject: (address) => rejected.add(address.toLowerCase()),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
