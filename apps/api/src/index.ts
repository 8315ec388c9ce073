export { createApp } from './app/create-app';
export { buildOpenApiDocument } from './app/openapi';
