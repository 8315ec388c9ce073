import { Readable } from 'node:stream';
import { CsvFormatError, readInfluencerCsv, recordToInput } from './influencer-csv';

const read = async (text: string) => {
  const out = [];
  for await (const r of readInfluencerCsv(Readable.from([Buffer.from(text)]))) out.push(r);
  return out;
};

describe('influencer CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, numbering records by file line', async () => {
    const rows = await read('username,displayName,bio,platform\na,"Smith, Jane ""JJ""","line one\nline two",instagram\nb,Bob,,tiktok\n');
    expect(rows).toEqual([
      { line: 3, values: { username: 'a', displayName: 'Smith, Jane "JJ"', bio: 'line one\nline two', platform: 'instagram' } },
      { line: 4, values: { username: 'b', displayName: 'Bob', platform: 'tiktok' } },
    ]);
  });

  it('strips a UTF-8 BOM, accepts CRLF, skips blank lines and leaves empty cells out', async () => {
    const rows = await read('\uFEFFusername,platform,email\r\nmaya,instagram,\r\n\r\njonas,youtube,j@example.com\r\n');
    expect(rows).toEqual([
      { line: 2, values: { username: 'maya', platform: 'instagram' } },
      { line: 4, values: { username: 'jonas', platform: 'youtube', email: 'j@example.com' } },
    ]);
  });

  it('matches header names loosely and refuses unknown or missing columns', async () => {
    expect((await read('Username,Platform,Followers Count,engagement_rate\nm,instagram,10,2\n'))[0].values).toEqual({ username: 'm', platform: 'instagram', followersCount: '10', engagementRate: '2' });
    await expect(read('username,platform,shoeSize\n')).rejects.toThrow(/Unknown column: shoeSize/);
    await expect(read('username,email\n')).rejects.toThrow(/Missing column: platform/);
    await expect(read('')).rejects.toThrow(CsvFormatError);
  });

  it('reports a malformed file with its line', async () => {
    await expect(read('username,platform\n"unclosed,instagram\n')).rejects.toThrow(/could not be read/);
  });

  it('splits niches on ";", parses numbers and keeps bad numbers as text for validation to name', () => {
    expect(recordToInput({ username: 'm', niche: 'fitness; food;;travel', followersCount: '12,500', engagementRate: '4.5%', typicalRate: '$1,250.00' })).toEqual({
      username: 'm',
      niche: ['fitness', 'food', 'travel'],
      followersCount: 12500,
      engagementRate: 4.5,
      typicalRate: '1250.00',
    });
    expect(recordToInput({ followersCount: 'lots', engagementRate: 'high' })).toMatchObject({ followersCount: 'lots', engagementRate: 'high', niche: [] });
  });
});
