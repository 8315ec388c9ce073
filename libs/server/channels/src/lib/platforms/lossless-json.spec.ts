import { parseJsonKeepingBigIds } from './lossless-json';

describe('parseJsonKeepingBigIds', () => {
  it('keeps a bare 19-digit id as its exact digits', () => {
    const text = '{"code":0,"data":{"message":{"message_id":7234567890123456789}}}';
    expect(String(JSON.parse(text).data.message.message_id)).not.toBe('7234567890123456789'); // what it guards against
    expect(parseJsonKeepingBigIds(text)).toEqual({ code: 0, data: { message: { message_id: '7234567890123456789' } } });
  });

  it('keeps negative and just-unsafe integers exact, and safe integers as numbers', () => {
    expect(parseJsonKeepingBigIds('[-9007199254740993, 9007199254740992, 9007199254740991, -17]')).toEqual([
      '-9007199254740993',
      '9007199254740992',
      9007199254740991,
      -17,
    ]);
  });

  it('leaves ordinary numbers, strings and literals as JSON.parse does', () => {
    const text = '{"a":1.5,"b":-2,"c":1e3,"d":"17841400000000001","e":[true,null,false],"f":0.1}';
    expect(parseJsonKeepingBigIds(text)).toEqual(JSON.parse(text));
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(parseJsonKeepingBigIds('{"a":1,"a":2}')).toEqual({ a: 2 });
  });

  it('throws SyntaxError on invalid JSON', () => {
    expect(() => parseJsonKeepingBigIds('{"a":')).toThrow(SyntaxError);
  });
});
