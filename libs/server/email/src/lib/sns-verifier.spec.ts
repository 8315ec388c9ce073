import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnsVerifier, SnsVerificationError, type SnsMessage } from './sns-verifier';

/** A real RSA key and self-signed certificate for sns.us-east-1.amazonaws.com, made by openssl. */
function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sns-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=sns.us-east-1.amazonaws.com'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CERT_URL = 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem';

describe('SnsVerifier', () => {
  const { key, cert } = certificate();
  const fetched: string[] = [];
  const fetcher = async (url: string) => {
    fetched.push(url);
    return cert;
  };

  function signed(over: Partial<SnsMessage> = {}, version: '1' | '2' = '1'): SnsMessage {
    const m = {
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-events',
      Subject: 'Amazon SES Email Event Notification',
      Message: JSON.stringify({ eventType: 'Bounce', mail: { messageId: 'x' } }),
      Timestamp: new Date().toISOString(),
      SignatureVersion: version,
      SigningCertURL: CERT_URL,
      ...over,
    } as SnsMessage;
    const keys = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
    const canonical = keys.filter((k) => typeof m[k] === 'string').map((k) => `${k}\n${m[k]}\n`).join('');
    m.Signature = createSign(version === '1' ? 'RSA-SHA1' : 'RSA-SHA256').update(canonical).sign(key, 'base64');
    return m;
  }

  const verifier = (over: { SES_SNS_VERIFY?: boolean; SES_SNS_TOPIC_ARNS?: string[] } = {}) => new SnsVerifier({ SES_SNS_VERIFY: true, SES_SNS_TOPIC_ARNS: [], ...over }, fetcher);

  it('accepts SignatureVersion 1 and 2 from a text/plain body, fetching the certificate once', async () => {
    const v = verifier();
    fetched.length = 0;
    await expect(v.verify(JSON.stringify(signed({}, '1')))).resolves.toMatchObject({ Type: 'Notification' });
    await expect(v.verify(JSON.stringify(signed({}, '2')))).resolves.toMatchObject({ Type: 'Notification' });
    expect(fetched).toEqual([CERT_URL]);
  });

  it('refuses a tampered message, a foreign or look-alike certificate host (never fetching it), an old timestamp and other topics', async () => {
    const v = verifier();
    fetched.length = 0;
    const m = signed();
    await expect(v.verify({ ...m, Message: m.Message.replace('Bounce', 'Delivery') })).rejects.toThrow(SnsVerificationError);
    for (const url of ['http://127.0.0.1:9/cert.pem', 'https://sns.us-east-1.amazonaws.com.evil.example/cert.pem', 'http://sns.us-east-1.amazonaws.com/c.pem', 'https://sns.us-east-1.amazonaws.com/cert.txt']) {
      await expect(v.verify(signed({ SigningCertURL: url }))).rejects.toThrow(/Amazon SNS host/);
    }
    await expect(v.verify(signed({ Timestamp: new Date(Date.now() - 2 * 3600_000).toISOString() }))).rejects.toThrow(/too old/);
    await expect(v.verify(signed({}, '3' as '1'))).rejects.toThrow();
    await expect(v.verify('not json')).rejects.toThrow(/JSON/);
    await expect(verifier({ SES_SNS_TOPIC_ARNS: ['arn:aws:sns:us-east-1:123456789012:other'] }).verify(signed())).rejects.toThrow(/topic/);
    expect(fetched.every((u) => u === CERT_URL)).toBe(true);
  });

  it('skips the signature only when SES_SNS_VERIFY is false', async () => {
    const m = signed();
    await expect(verifier({ SES_SNS_VERIFY: false }).verify({ ...m, Signature: 'AAAA' })).resolves.toMatchObject({ MessageId: m.MessageId });
  });
});
