/**
 * Setup shared by the contract and delivery specs: requests the page sends, and a store, campaign,
 * creators and signed contracts made through the API (signing links read from the SMTP peer).
 */
import type { Page, Request } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import type { SmtpPeer } from '../../api/test/peers/smtp-peer';

export const OUT = '/api/influencer/outreach';
export const C = `${OUT}/contracts`;

type Call = ReturnType<TestApp['http']['get']>;
/** Adds the session's bearer token to a request. */
export type Auth = (request: Call) => Call;

/** The JSON body of the next `method` request to `path`, captured as the page sends it. */
export const nextRequest = (page: Page, method: string, path: RegExp) =>
  page
    .waitForRequest((r: Request) => r.method() === method && path.test(new URL(r.url()).pathname))
    .then((r) => r.postDataJSON() as Record<string, unknown> | null);

/** The next answer to `method` `path`. */
export const nextResponse = (page: Page, method: string, path: RegExp) =>
  page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));

/** The store's postal address and an email sender, so contracts can be sent. */
export async function setUpSender(t: TestApp, auth: Auth): Promise<void> {
  await auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Sam' }).expect(200);
  await auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com' }).expect(200);
}

/** An active campaign "Spring trail launch" with `budget`, reels on Instagram and the period given. */
export async function activeCampaign(t: TestApp, auth: Auth, terms: { budget: string; reels: number; startDate: string; endDate: string }): Promise<string> {
  const id = (
    await auth(t.http.post(`${OUT}/campaigns`))
      .send({
        name: 'Spring trail launch',
        objective: 'awareness',
        budget: terms.budget,
        deliverables: [{ type: 'reel', platform: 'instagram', quantity: terms.reels }],
        targetTiers: ['micro'],
        startDate: terms.startDate,
        endDate: terms.endDate,
      })
      .expect(201)
  ).body.data.id as string;
  await auth(t.http.post(`${OUT}/campaigns/${id}/status`))
    .send({ status: 'active' })
    .expect(200);
  return id;
}

/** A running creator on Instagram, made through the API; returns its id. */
export async function createInfluencer(t: TestApp, auth: Auth, username: string, displayName: string, email: string): Promise<string> {
  return (
    await auth(t.http.post('/api/influencers'))
      .send({ username, platform: 'instagram', displayName, email, followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
      .expect(201)
  ).body.data.id as string;
}

/** The signing link's token in the latest email to `address` after message `after`, the link under `publicUrl`. */
export async function signingLinkTo(smtp: SmtpPeer, publicUrl: string, address: string, after = 0): Promise<string> {
  const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(address) && m.seq > after);
  const link = new RegExp(`${publicUrl.replace(/[.]/g, '\\.')}/sign/([A-Za-z0-9_-]+)`).exec(String(mail.parsed.text));
  expect(link).not.toBeNull();
  return link![1];
}

/** Sends contract `id` for signature through the API and returns the token of the link emailed to `email`. */
export async function sendForSignature(t: TestApp, auth: Auth, smtp: SmtpPeer, publicUrl: string, id: string, email: string): Promise<string> {
  const seen = smtp.messages.length;
  await auth(t.http.post(`${C}/${id}/send`))
    .send({})
    .expect(200);
  return signingLinkTo(smtp, publicUrl, email, seen);
}
