import { ConfigError, loadConfig } from './load-config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/parley', APP_SECRET: 'x'.repeat(32) };

describe('loadConfig', () => {
  it('applies defaults and treats empty strings as unset', () => {
    const c = loadConfig({ ...base, PORT: '', REDIS_URL: 'redis://127.0.0.1:6379/5' });
    expect(c).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379/5', EMAIL_TRANSPORT: 'smtp', SES_SNS_VERIFY: true, RUN_WORKERS: true, ADMIN_EMAILS: [] });
  });

  it('parses lists, booleans and 32-byte keys given as hex or base64', () => {
    const hex = 'ab'.repeat(32);
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...base, ENCRYPTION_KEY: hex }).ENCRYPTION_KEY).toEqual(Buffer.from(hex, 'hex'));
    expect(loadConfig({ ...base, ENCRYPTION_KEY: b64 }).ENCRYPTION_KEY).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ ...base, ADMIN_EMAILS: 'Ops@Example.com, b@example.com' }).ADMIN_EMAILS).toEqual(['ops@example.com', 'b@example.com']);
    expect(loadConfig({ ...base, SES_SNS_VERIFY: 'false' }).SES_SNS_VERIFY).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: undefined }, 'DATABASE_URL is required'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET must be at least 32 characters'],
    [{ ENCRYPTION_KEY: 'abc' }, 'ENCRYPTION_KEY must be 32 bytes'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ EMAIL_TRANSPORT: 'pigeon' }, 'EMAIL_TRANSPORT'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL must be a URL'],
    [{ SES_SNS_VERIFY: 'maybe' }, 'SES_SNS_VERIFY must be true or false'],
    [{ ADMIN_EMAILS: 'not-an-email' }, 'ADMIN_EMAILS'],
  ])('names the bad variable: %j', (over, message) => {
    expect(() => loadConfig({ ...base, ...over })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...over })).toThrow(message);
  });
});
