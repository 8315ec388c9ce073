import { instagramMessages } from './instagram-events';
import { tiktokEvent } from './tiktok-events';

describe('instagramMessages', () => {
  const IG = '17841400000000001';
  const event = (message: Record<string, unknown>, sender = '1234567890123456', recipient = IG) => ({
    sender: { id: sender },
    recipient: { id: recipient },
    timestamp: 1767225600000,
    message,
  });

  it('takes each creator message with its mid, sender, account and time', () => {
    const body = {
      object: 'instagram',
      entry: [
        {
          id: IG,
          time: 1767225600800,
          messaging: [event({ mid: 'm1', text: 'Count me in' }), event({ mid: 'm2', text: 'Also: sizes?', reply_to: { mid: 'm0' } }, '99')],
        },
      ],
    };
    expect(instagramMessages(body)).toEqual([
      {
        platform: 'instagram',
        accountIds: [IG],
        platformUserId: '1234567890123456',
        messageId: 'm1',
        conversationId: null,
        inReplyTo: null,
        text: 'Count me in',
        sentAt: new Date(1767225600000),
      },
      {
        platform: 'instagram',
        accountIds: [IG],
        platformUserId: '99',
        messageId: 'm2',
        conversationId: null,
        inReplyTo: 'm0',
        text: 'Also: sizes?',
        sentAt: new Date(1767225600000),
      },
    ]);
  });

  it('leaves out echoes of our own sends, deleted messages, non-message events and other objects', () => {
    const body = {
      object: 'instagram',
      entry: [
        {
          id: IG,
          messaging: [
            event({ mid: 'e1', text: 'brief attached', is_echo: true }, IG, '1234567890123456'),
            event({ mid: 'd1', is_deleted: true }),
            { sender: { id: '1' }, recipient: { id: IG }, timestamp: 1, read: { mid: 'm1' } },
            { sender: { id: '1' }, recipient: { id: IG }, timestamp: 1, reaction: { mid: 'm1', reaction: 'love' } },
            event({ text: 'no mid' }),
          ],
          changes: [{ field: 'comments', value: {} }],
        },
      ],
    };
    expect(instagramMessages(body)).toEqual([]);
    expect(instagramMessages({ object: 'whatsapp_business_account', entry: [{ id: IG, messaging: [event({ mid: 'm1', text: 'x' })] }] })).toEqual([]);
    expect(instagramMessages('not an object')).toEqual([]);
  });

  it('names both the entry and the recipient as account candidates (a Page-linked account), and describes attachments', () => {
    const [dm] = instagramMessages({
      object: 'page',
      entry: [{ id: 'PAGE1', messaging: [event({ mid: 'm3', attachments: [{ type: 'image' }, { type: 'image' }] })] }],
    });
    expect(dm.accountIds).toEqual(['PAGE1', IG]);
    expect(dm.text).toBe('[image]');
  });
});

describe('tiktokEvent', () => {
  const content = (over = '') =>
    `{"conversation_id":"conv-1","message_id":7391234567890123457,"type":"text","text":{"body":"Count me in"},"from_user":{"id":7301234567890123457,"role":"personal_account"},"to_user":{"id":7309876543210987654,"role":"business_account"},"timestamp":1767225600123${over}}`;
  const body = (event: string, c = content()) =>
    `{"client_key":"aw1","event":"${event}","create_time":1767225600,"user_openid":"-000biz","content":${JSON.stringify(c)}}`;

  it('reads bare 19-digit ids inside `content` with their exact digits', () => {
    expect(tiktokEvent(body('im_receive_msg'))).toEqual({
      event: 'im_receive_msg',
      message: {
        platform: 'tiktok',
        accountIds: ['-000biz'],
        platformUserId: '7301234567890123457',
        messageId: '7391234567890123457',
        conversationId: 'conv-1',
        inReplyTo: null,
        text: 'Count me in',
        sentAt: new Date(1767225600123),
      },
    });
    // JSON.parse would have made both ids end in …456 (the nearest double).
    expect(String(JSON.parse(content()).message_id)).not.toBe('7391234567890123457');
  });

  it('keeps quoted ids as they are, and takes content given as an object', () => {
    const quoted = content().replace('7391234567890123457', '"7391234567890123457"').replace('7301234567890123457', '"7301234567890123457"');
    expect(tiktokEvent(body('im_receive_msg', quoted)).message).toMatchObject({ messageId: '7391234567890123457', platformUserId: '7301234567890123457' });
    const inline = `{"event":"im_receive_msg","user_openid":"-000biz","content":${quoted}}`;
    expect(tiktokEvent(inline).message).toMatchObject({ messageId: '7391234567890123457', conversationId: 'conv-1' });
  });

  it('ignores our own messages and other events', () => {
    expect(tiktokEvent(body('im_send_msg'))).toEqual({ event: 'im_send_msg', message: null });
    expect(tiktokEvent(body('im_mark_read_msg')).message).toBeNull();
    expect(tiktokEvent(body('im_receive_msg', content().replace('"role":"personal_account"', '"role":"business_account"'))).message).toBeNull();
  });

  it('throws on a body that is not JSON', () => {
    expect(() => tiktokEvent('not json')).toThrow();
    expect(() => tiktokEvent('[1,2]')).toThrow(SyntaxError);
  });
});
