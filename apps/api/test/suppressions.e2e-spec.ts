import { fieldsOf, registerStore, startTestApp, type TestApp } from './harness';

describe('suppressions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('adds an address once (201, then 200 keeping the first entry), lists it and removes it by id, address or body', async () => {
    const s = await registerStore(t);
    const first = await s.auth(t.http.post('/api/suppressions')).send({ email: 'Creator@Example.com', reason: 'unsubscribe' }).expect(201);
    expect(first.body.data).toMatchObject({ email: 'creator@example.com', reason: 'unsubscribe', note: null });
    const again = await s.auth(t.http.post('/api/suppressions')).send({ email: 'creator@example.com', reason: 'manual' }).expect(200);
    expect(again.body.data).toMatchObject({ id: first.body.data.id, reason: 'unsubscribe' });
    const list = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data;
    expect(list.suppressions.map((x: { email: string }) => x.email)).toEqual(['creator@example.com']);
    await s.auth(t.http.delete(`/api/suppressions/${first.body.data.id}`)).expect(200);
    await s.auth(t.http.post('/api/suppressions')).send({ email: 'b@example.com' }).expect(201);
    await s.auth(t.http.delete(`/api/suppressions/${encodeURIComponent('B@example.com')}`)).expect(200);
    await s.auth(t.http.post('/api/suppressions')).send({ email: 'c@example.com' }).expect(201);
    await s.auth(t.http.delete('/api/suppressions')).send({ email: 'c@example.com' }).expect(200);
    expect((await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions).toEqual([]);
    await s.auth(t.http.delete('/api/suppressions/nobody%40example.com')).expect(404);
  });

  it('refuses a bad address or reason naming the field, and keeps each store’s list to itself', async () => {
    const s = await registerStore(t);
    const other = await registerStore(t);
    expect(fieldsOf((await s.auth(t.http.post('/api/suppressions')).send({ email: 'nope' }).expect(422)).body)).toContain('email');
    expect(fieldsOf((await s.auth(t.http.post('/api/suppressions')).send({ email: 'a@example.com', reason: 'bored' }).expect(422)).body)).toContain('reason');
    const id = (await s.auth(t.http.post('/api/suppressions')).send({ email: 'private@example.com' }).expect(201)).body.data.id;
    expect((await other.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions).toEqual([]);
    await other.auth(t.http.delete(`/api/suppressions/${id}`)).expect(404);
    await other.auth(t.http.delete('/api/suppressions/private%40example.com')).expect(404);
    expect((await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions).toHaveLength(1);
  });
});
