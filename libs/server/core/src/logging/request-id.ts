import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type WithId = IncomingMessage & { id?: string | number | object };

/** The request's id: the caller's X-Request-Id when sane, else a new UUID; echoed in the response. */
export function requestIdOf(req: WithId, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * First middleware of the app, so even requests refused by the body parser (malformed JSON, too
 * large) carry an id in their error envelope and logs.
 */
export function assignRequestId(req: WithId, res: ServerResponse, next: () => void): void {
  requestIdOf(req, res);
  next();
}
