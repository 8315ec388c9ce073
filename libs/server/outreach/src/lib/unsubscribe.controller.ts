import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, escapeHtml } from '@parley/server-core';
import type { Request, Response } from 'express';
import { UnsubscribeService } from './unsubscribe.service';

const maskEmail = (email: string) => email.replace(/^(.)(.*)(@.*)$/, (_m, a: string, b: string, d: string) => `${a}${'•'.repeat(Math.min(b.length, 6))}${d}`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;background:#f6f7f9;color:#1f2328;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0}main{background:#fff;border:1px solid #d8dee4;border-radius:12px;padding:32px;max-width:440px;box-shadow:0 1px 3px rgba(0,0,0,.06)}h1{font-size:20px;margin:0 0 12px}p{line-height:1.5}button{background:#1f6feb;color:#fff;border:0;border-radius:8px;padding:10px 18px;font-size:15px;cursor:pointer}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The unsubscribe link of every email. GET shows a page and changes nothing (mail scanners fetch
 * links); POST unsubscribes at once, whether it is the RFC 8058 one-click POST of a mail provider
 * (`List-Unsubscribe=One-Click`) or the page's button.
 */
@ApiExcludeController()
@Public()
@Controller('u')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const target = await this.unsubscribes.target(token);
    res.set('Cache-Control', 'no-store');
    if (!target) {
      res.status(400).type('html').send(page('Link not valid', '<h1>This link is not valid</h1><p>It may have been copied incompletely. Reply to the email and ask to be removed: we will do it.</p>'));
      return;
    }
    res
      .status(200)
      .type('html')
      .send(
        page(
          `Unsubscribe from ${target.storeName}`,
          `<h1>Unsubscribe from ${escapeHtml(target.storeName)}?</h1><p>${escapeHtml(target.storeName)} will not email <strong>${escapeHtml(maskEmail(target.email))}</strong> again.</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const target = await this.unsubscribes.target(token);
    res.set('Cache-Control', 'no-store');
    if (!target) {
      res.status(400).type('html').send(page('Link not valid', '<h1>This link is not valid</h1>'));
      return;
    }
    const body = req.body as Record<string, unknown> | undefined;
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click' && !req.get('referer');
    await this.unsubscribes.unsubscribe(target, oneClick ? 'one-click' : 'page');
    res
      .status(200)
      .type('html')
      .send(page('Unsubscribed', `<h1>You are unsubscribed</h1><p>${escapeHtml(target.storeName)} will not email ${escapeHtml(maskEmail(target.email))} again.</p>`));
  }
}
