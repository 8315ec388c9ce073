import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI 3 document, built from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Parley API')
    .setDescription(
      'Influencer outreach: creators, campaigns, outreach, replies, contracts and deliveries. Every success is `{success: true, data}`; every error `{success: false, error: {code, message, details}}`. Authenticate with `Authorization: Bearer <token>`, where the token is a JWT from /api/auth/login or an API key.',
    )
    .setVersion('1')
    .addServer(publicUrl.replace(/\/$/, ''))
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A JWT from /api/auth/login or an API key (prly_…)' })
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
}

export function mountOpenApi(app: INestApplication, publicUrl: string): void {
  const document = buildOpenApiDocument(app, publicUrl);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'Parley API' });
}
