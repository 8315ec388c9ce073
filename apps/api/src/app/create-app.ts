import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AllExceptionsFilter, EnvelopeInterceptor, assignRequestId, createValidationPipe, type AppConfig } from '@parley/server-core';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { QueueDashboard } from '@parley/server-ops';
import { TrackingEndpoints } from '@parley/server-outreach';
import { AppModule, type AppOptions } from './app.module';
import { mountOpenApi } from './openapi';
import { serveSpa } from './spa';

/** The whole HTTP application, configured exactly as in production (tests use this too). */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // Open pixels and click redirects first: the hottest paths need none of what follows.
  app.use(app.get(TrackingEndpoints).router());
  app.use(assignRequestId);
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          connectSrc: ["'self'"],
          // The contract preview shows a PDF the SPA fetched with its token, as a blob: URL in a frame.
          frameSrc: ["'self'", 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
      hsts: false,
    }),
  );
  // The queue dashboard brings its own pages and API under /admin/queues, guarded for operators.
  app.use(app.get(QueueDashboard).router());
  // The Instagram and TikTok webhooks verify a signature over the raw bytes: those two paths get a Buffer, whatever the content type.
  app.use(['/api/webhooks/instagram', '/api/webhooks/tiktok'], express.raw({ type: () => true, limit: '1mb' }));
  app.useBodyParser('json', { limit: config.JSON_BODY_LIMIT });
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  // SNS posts its JSON as text/plain.
  app.useBodyParser('text', { type: 'text/plain', limit: '1mb' });
  // Inbound email posted as the raw message (multipart SendGrid posts are read by their controller).
  app.useBodyParser('raw', { type: 'message/rfc822', limit: '30mb' });
  // Unsubscribe pages live outside /api (they sit in emails, like the tracking links above).
  app.setGlobalPrefix('api', { exclude: ['u/:token', 'metrics'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new EnvelopeInterceptor(app.get(Reflector)));
  mountOpenApi(app, config.PUBLIC_URL);
  if (config.WEB_DIST) serveSpa(app, config.WEB_DIST);
  return app;
}
