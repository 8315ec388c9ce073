import { Injectable } from '@nestjs/common';
import { LinkTokens } from '@parley/server-email';
import { Router, type Request, type Response } from 'express';
import { isMachineAgent } from './machine-detector';
import { TrackingRecorder } from './tracking-recorder';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PIXEL_HEADERS = { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, no-cache, must-revalidate, private', Pragma: 'no-cache', 'Content-Length': String(PIXEL.length) };

/**
 * The open pixel and the click redirect, outside /api (they sit in emails) and ahead of the API's
 * middleware: a campaign's opens arrive by the thousand a second, and a GIF or a redirect needs no
 * security headers, request ids, guards or body parsing. A click redirects only to the URL sealed
 * inside its signed token: a tampered, foreign or unsigned link answers 400.
 */
@Injectable()
export class TrackingEndpoints {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly recorder: TrackingRecorder,
  ) {}

  router(): Router {
    const router = Router();
    router.get('/t/o/:token', (req, res) => this.open(req, res));
    // Express answers HEAD with the GET route; a HEAD is a scanner's check, recorded as a machine click.
    router.get('/t/c/:token', (req, res) => this.click(req, res));
    return router;
  }

  private open(req: Request<{ token: string }>, res: Response): void {
    const messageId = this.tokens.readOpen(req.params.token.replace(/\.gif$/i, ''));
    const ua = req.get('user-agent') ?? null;
    if (messageId) this.recorder.record({ messageId, type: 'opened', at: new Date(), machine: isMachineAgent(ua), userAgent: ua, ip: req.ip ?? null, url: null });
    // Every fetch gets the image (a broken image would look wrong in the mail); unknown tokens record nothing.
    res.writeHead(200, PIXEL_HEADERS).end(PIXEL);
  }

  private click(req: Request<{ token: string }>, res: Response): void {
    const link = this.tokens.readClick(req.params.token);
    if (!link) {
      res.status(400).type('text/plain').set('Cache-Control', 'no-store').send('This link is not valid.');
      return;
    }
    const ua = req.get('user-agent') ?? null;
    this.recorder.record({ messageId: link.messageId, type: 'clicked', at: new Date(), machine: req.method === 'HEAD' || isMachineAgent(ua), userAgent: ua, ip: req.ip ?? null, url: link.url });
    res.set('Cache-Control', 'no-store').redirect(302, link.url);
  }
}
