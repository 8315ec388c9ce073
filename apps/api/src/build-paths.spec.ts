import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** The server build (swc, .swcrc) has its own copy of the path aliases: a library missing there builds fine and fails at start. */
describe('the server build', () => {
  it('resolves every path alias the type checker and the tests resolve, to the same file', () => {
    const typed: Record<string, string[]> = json('tsconfig.base.json').compilerOptions.paths;
    const built: Record<string, string[]> = json('.swcrc').jsc.paths;
    expect(built).toEqual(typed);
  });
});
