import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@parley/server-core';
import { LinkTokens } from '@parley/server-email';
import type { Request, Response } from 'express';
import { isMachineAgent } from './machine-detector';
import { TrackingRecorder } from './tracking-recorder';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * The open pixel and the click redirect, outside /api (they sit in emails). A click redirects only
 * to the URL sealed inside its signed token: a tampered, foreign or unsigned link answers 400.
 */
@ApiExcludeController()
@Public()
@Controller('t')
export class TrackingController {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly recorder: TrackingRecorder,
  ) {}

  @Get('o/:token')
  open(@Param('token') token: string, @Req() req: Request, @Res() res: Response): void {
    const messageId = this.tokens.readOpen(token.replace(/\.gif$/i, ''));
    const ua = req.get('user-agent') ?? null;
    if (messageId) this.recorder.record({ messageId, type: 'opened', at: new Date(), machine: isMachineAgent(ua), userAgent: ua, ip: req.ip ?? null, url: null });
    // Every fetch gets the image (a broken image would look wrong in the mail); unknown tokens record nothing.
    res.status(200).set({ 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, no-cache, must-revalidate, private', Pragma: 'no-cache', 'Content-Length': String(PIXEL.length) }).end(PIXEL);
  }

  /** Express answers HEAD with the GET route; a HEAD is a scanner's check, recorded as a machine click. */
  @Get('c/:token')
  click(@Param('token') token: string, @Req() req: Request, @Res() res: Response): void {
    const link = this.tokens.readClick(token);
    if (!link) {
      res.status(400).type('text/plain').set('Cache-Control', 'no-store').send('This link is not valid.');
      return;
    }
    const ua = req.get('user-agent') ?? null;
    this.recorder.record({ messageId: link.messageId, type: 'clicked', at: new Date(), machine: req.method === 'HEAD' || isMachineAgent(ua), userAgent: ua, ip: req.ip ?? null, url: link.url });
    res.set('Cache-Control', 'no-store').redirect(302, link.url);
  }
}
