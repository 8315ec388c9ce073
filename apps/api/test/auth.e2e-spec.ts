import { PASSWORD, fieldsOf, registerStore, startTestApp, type TestApp } from './harness';

describe('auth, store and API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('registers a store with its owner and never exposes the password hash', async () => {
    const res = await t.http.post('/api/auth/register').send({ email: 'Maya@Trailhead.example.com', password: PASSWORD, storeName: 'Trailhead' }).expect(201);
    expect(res.body.success).toBe(true);
    expect(res.body.data.accessToken).toEqual(expect.any(String));
    expect(res.body.data.user).toMatchObject({ email: 'maya@trailhead.example.com', role: 'owner' });
    expect(res.body.data.store).toMatchObject({ name: 'Trailhead', timezone: 'UTC', tone: 'friendly' });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|Test-password/);
  });

  it('refuses bad registrations with 422 naming each field, unknown fields included', async () => {
    const short = await t.http.post('/api/auth/register').send({ email: 'a@example.com', password: '123456789', storeName: 'x' }).expect(422);
    expect(short.body.error.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(short.body)).toContain('password');
    const bad = await t.http.post('/api/auth/register').send({ email: 'nope', password: PASSWORD }).expect(422);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['email', 'storeName']));
    const unknown = await t.http.post('/api/auth/register').send({ email: 'b@example.com', password: PASSWORD, storeName: 'x', isAdmin: true }).expect(422);
    expect(fieldsOf(unknown.body)).toContain('isAdmin');
  });

  it('answers 409 to an email registered twice, whatever its case', async () => {
    const s = await registerStore(t);
    const res = await t.http.post('/api/auth/register').send({ email: s.email.toUpperCase(), password: PASSWORD, storeName: 'again' }).expect(409);
    expect(res.body.error.code).toBe('ALREADY_EXISTS');
  });

  it('logs in, and the token opens /api/auth/me with user, role and store', async () => {
    const s = await registerStore(t, 'Login Store');
    const login = await t.http.post('/api/auth/login').send({ email: s.email, password: PASSWORD }).expect(200);
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.data.accessToken}`).expect(200);
    expect(me.body.data.user).toMatchObject({ email: s.email, role: 'owner', storeId: s.storeId });
    expect(me.body.data.store).toMatchObject({ id: s.storeId, name: 'Login Store' });
  });

  it('answers 401 with the envelope to a wrong password, an unknown email, no token and forged tokens', async () => {
    const s = await registerStore(t);
    for (const body of [{ email: s.email, password: 'Wrong-password-1' }, { email: 'nobody@example.com', password: PASSWORD }]) {
      const res = await t.http.post('/api/auth/login').send(body).expect(401);
      expect(res.body).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
    }
    for (const path of ['/api/auth/me', '/api/store', '/api/api-keys', '/api/influencers', '/api/influencer/outreach/campaigns']) {
      const res = await t.http.get(path).expect(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
    }
    const forged = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwic3RvcmVJZCI6IngifQ.c2lnbmF0dXJl';
    await t.http.get('/api/store').set('Authorization', `Bearer ${forged}`).expect(401);
    await t.http.get('/api/store').set('Authorization', 'Bearer garbage').expect(401);
  });

  it('rate limits failed logins per account and IP: 429 with Retry-After, and the right password is refused meanwhile', async () => {
    const s = await registerStore(t);
    for (let i = 0; i < 3; i++) await t.http.post('/api/auth/login').send({ email: s.email, password: `Wrong-password-${i}` }).expect(401);
    const limited = await t.http.post('/api/auth/login').send({ email: s.email, password: 'Wrong-password-x' }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    await t.http.post('/api/auth/login').send({ email: s.email, password: PASSWORD }).expect(429);
  });

  it('reads and updates every store field, refusing a bad email, a bad time zone and unknown fields', async () => {
    const s = await registerStore(t);
    const patch = {
      name: 'Renamed',
      email: 'hello@shop.example.com',
      supportEmail: 'support@shop.example.com',
      description: 'Shoes',
      niche: 'fitness',
      website: 'https://shop.example.com',
      postalAddress: '1 Way, Town',
      timezone: 'Europe/Berlin',
      senderName: 'Alex',
      tone: 'playful',
    };
    await s.auth(t.http.patch('/api/store')).send(patch).expect(200);
    const got = await s.auth(t.http.get('/api/store')).expect(200);
    expect(got.body.data).toMatchObject(patch);
    expect(fieldsOf((await s.auth(t.http.patch('/api/store')).send({ email: 'nope' }).expect(422)).body)).toContain('email');
    expect(fieldsOf((await s.auth(t.http.patch('/api/store')).send({ timezone: 'Mars/Base' }).expect(422)).body)).toContain('timezone');
    expect(fieldsOf((await s.auth(t.http.patch('/api/store')).send({ plan: 'enterprise' }).expect(422)).body)).toContain('plan');
  });

  it('creates an API key shown once, lists it without the secret, authenticates with it and revokes it at once', async () => {
    const s = await registerStore(t);
    const created = await s.auth(t.http.post('/api/api-keys')).send({ name: 'integration' }).expect(201);
    const { id, key } = created.body.data;
    expect(key).toMatch(/^prly_/);
    const list = await s.auth(t.http.get('/api/api-keys')).expect(200);
    expect(list.body.data.apiKeys.map((k: { id: string }) => k.id)).toContain(id);
    expect(JSON.stringify(list.body)).not.toContain(key);
    const viaKey = await t.http.get('/api/store').set('Authorization', `Bearer ${key}`).expect(200);
    expect(viaKey.body.data.id).toBe(s.storeId);
    await s.auth(t.http.delete(`/api/api-keys/${id}`)).expect(200);
    await t.http.get('/api/store').set('Authorization', `Bearer ${key}`).expect(401);
    const after = await s.auth(t.http.get('/api/api-keys')).expect(200);
    expect(after.body.data.apiKeys.find((k: { id: string }) => k.id === id).revokedAt).toEqual(expect.any(String));
  });
});
