import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `generic`: a well-formed answer that ignores the task's specifics (a counter-offer without its figures). */
export type Fault = 'rate-limit' | 'server-error' | 'malformed' | 'slow' | 'generic';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: { model: string; messages: { role: string; content: string }[]; response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: { properties: Record<string, unknown>; required: string[] } } } };
}

interface Facts {
  creator?: { username?: string; bio?: string | null; niches?: string[] };
  brand?: { name?: string };
  negotiation?: { creator_ask?: string | null; our_counter?: string; deliverables?: string; rate_card?: { low?: string; high?: string }; rate_card_basis?: string };
}

/** Deterministic lines built from the facts in the prompt, the way a model would use them (`generic`: ignoring a negotiation's figures). */
export function cannedAnswer(fields: string[], prompt: string, generic = false): Record<string, string> {
  let facts: Facts = {};
  try {
    facts = JSON.parse(prompt.slice(prompt.indexOf('{'))) as Facts;
  } catch {
    facts = {};
  }
  const username = facts.creator?.username ?? 'you';
  const niches = (facts.creator?.niches ?? []).join(' and ') || 'creative';
  const bio = facts.creator?.bio?.replace(/[.!?]+$/, '');
  const range = /(\d+)–(\d+) words/.exec(prompt);
  const target = range ? Math.round((Number(range[1]) + Number(range[2])) / 2) : 60;
  const n = generic ? undefined : facts.negotiation;
  const sentences = n
    ? [
        n.creator_ask ? `Thank you for sending your rate of ${n.creator_ask} for ${n.deliverables}.` : `Thank you for your note about ${n.deliverables}.`,
        `Our rate card puts this work at ${n.rate_card?.low} to ${n.rate_card?.high}, based on ${n.rate_card_basis}.`,
        `With that in mind we can offer ${n.our_counter} for it.`,
        'If a different scope would suit you better, tell us and we will look at it together.',
      ]
    : [
        bio ? `Your bio, “${bio}”, is exactly why we are writing.` : `Your ${niches} posts are exactly why we are writing.`,
        `We are ${facts.brand?.name ?? 'a small brand'}, and people who follow you for ${niches} are the people we make things for.`,
        'We would love to work together on a short series, shaped around your own style and schedule.',
        'If you are open to it, a quick call this week would help us understand what works best for you.',
        'And if the timing is not right, a simple no is completely fine with us.',
      ];
  let body = '';
  for (let i = 0; body.split(/\s+/).filter(Boolean).length < target; i++) body += `${sentences[i % sentences.length]} `;
  const lines: Record<string, string> = {
    subject: n ? `Re: your rate, @${username}` : `An idea for @${username}`,
    body: body.trim(),
    compliment: bio ? `“${bio}” comes through in everything @${username} posts, and it never feels forced.` : `@${username} makes ${niches} content that feels personal and well thought out.`,
    brand_alignment: `People who follow you for ${niches} are exactly the audience ${facts.brand?.name ?? 'our brand'} wants to reach.`,
  };
  return Object.fromEntries(fields.map((f) => [f, lines[f] ?? `${f} for @${username}`]));
}

/**
 * A local server speaking OpenAI's Chat Completions wire format (protocol-facts §6): real-format
 * answers built from the requested JSON schema, and the faults a real one produces: 429 with
 * Retry-After, 5xx, malformed JSON content, and answers slower than the client's timeout.
 */
export async function startOpenAiPeer() {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let slowMs = 5000;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as RecordedRequest['body'];
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      const fault = faults.shift();
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${requests.length}`, ...headers });
        res.end(JSON.stringify(payload));
      };
      if (fault === 'rate-limit') return send(429, { error: { message: 'Rate limit reached for requests. Please try again in 1s.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
      if (fault === 'server-error') return send(500, { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } });
      const fields = body.response_format?.json_schema?.schema.required ?? [];
      const content = fault === 'malformed' ? '{"compliment": "Your videos about trail running are gre' : JSON.stringify(cannedAnswer(fields, body.messages.at(-1)?.content ?? '', fault === 'generic'));
      const answer = () =>
        send(200, {
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160 },
        });
      if (fault === 'slow') setTimeout(answer, slowMs).unref();
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Faults for the next calls, in order. */
    fail(...next: Fault[]) {
      faults.push(...next);
    },
    setSlowMs(ms: number) {
      slowMs = ms;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
