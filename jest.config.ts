/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

/** Path aliases come from tsconfig.base.json, so tests resolve libs exactly as the build does. */
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[/]/g, '\\/')}$`, `<rootDir>/${target}`]),
);

const swc: [string, Record<string, unknown>] = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022', keepClassNames: true } }];

const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname } satisfies Config;

/**
 * unit: pure logic (*.spec.ts); integration: the API over HTTP against real PostgreSQL and Redis
 * (*.int-spec.ts, *.e2e-spec.ts); browser: the SPA in headless Chromium (apps/web/e2e).
 */
const config: Config = {
  testTimeout: 180_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/apps/web/'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.{int,e2e}-spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/apps/web/'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'] },
  ],
};

export default config;
