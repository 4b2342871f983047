import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo, findLine } from '../helpers/make-temp-repo.js';

const FILE = 'board/2019-06-20.md';
const original = readFileSync(path.join(BUNDLED_MEETINGS, FILE), 'utf8');

/** Check a copy of the bundled repository with one edit to the 20 June 2019 file; that file's findings. */
async function checkWith(from: string, to: string) {
  if (!original.includes(from)) throw new Error(`not in ${FILE}: ${from}`);
  const dir = copyRepo(BUNDLED_MEETINGS, { [FILE]: (text) => text.replace(from, to) });
  const { diagnostics } = await checkRepository(dir);
  return diagnostics.filter((d) => d.file === FILE);
}

describe("YAML syntax errors in the clerk's words", () => {
  it("reports an indentation slip once, on the slipped line, with the fix and the parser's text as detail", async () => {
    const found = await checkWith('\n  - title: Police update\n', '\n   - title: Police update\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'yaml-syntax', line: findLine(original, '- title: Police update') });
    expect(found[0].message).toBe('this line is indented differently from line 23 above it');
    expect(found[0].hint).toMatch(/^The keys of one mapping, and the "- " of one list, start at the same column/);
    expect(found[0].hint).toContain('(The YAML parser says: All sequence items must start at the same column.)');
  });

  it('finds the over-indented line that YAML reads as the value above running on', async () => {
    const found = await checkWith('\n    kind: apologies\n', '\n      kind: apologies\n');
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [findLine(original, 'kind: apologies'), 7, 'this line is indented more than the key on line 10 above it expects'],
    ]);
    expect(found[0].hint).toMatch(/^Start it at column 5, under the other keys of the same item/);
  });

  it('says a quote is never closed, and a missing colon, each once', async () => {
    const quote = await checkWith('venue: Committee Room', 'venue: "Committee Room');
    expect(quote.map((d) => d.message)).toEqual(['a quotation mark opened here is never closed']);
    const colon = await checkWith('\nnextMeeting:\n', '\nnextMeeting\n');
    expect(colon.map((d) => [d.line, d.message])).toEqual([
      [findLine(original, 'nextMeeting:'), `line ${findLine(original, 'nextMeeting:')} does not read as "key: value"`],
    ]);
  });

  it('still checks the rest of the file when the slip is a common one, mended for the purpose', async () => {
    const slips: [string, string][] = [
      ['\n    kind: apologies\n', '\n      kind: apologies\n'],
      ['\n  - title: Police update\n', '\n   - title: Police update\n'],
      ['venue: Committee Room', 'venue: "Committee Room'],
      ['\nnextMeeting:\n', '\nnextMeeting\n'],
    ];
    for (const [from, to] of slips) {
      const dir = copyRepo(BUNDLED_MEETINGS, {
        [FILE]: (text) =>
          text.replace(from, to).replace('action: board-2019-03-14-m64\n', 'action: board-2019-03-14-m46\n'),
      });
      const { diagnostics } = await checkRepository(dir);
      expect(
        diagnostics.map((d) => `${d.file} ${d.code}`),
        to,
      ).toEqual([`${FILE} yaml-syntax`, `${FILE} update-unknown-action`]);
    }
  });

  it('gives an alias bomb one error and no follow-on "missing required key" errors', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefgh'[i]}, `.repeat(9).slice(0, -2)}]`),
    ].join('\n');
    const found = await checkWith('body: board\n', `${bomb}\nbody: board\n`);
    expect(found.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(found[0].message).toBe('this YAML expands its aliases (*name) far too many times to be read');
  });

  it('still checks everything else in a file whose only fault is a duplicate key', async () => {
    const found = await checkWith(
      'dispatched: "2019-06-11"\n',
      'dispatched: "2019-06-11"\ndispatched: "2019-06-12"\nstatus: approved\n',
    );
    expect(found.map((d) => d.code).sort()).toEqual(['schema-invalid', 'yaml-duplicate-key', 'yaml-duplicate-key']);
  });
});
