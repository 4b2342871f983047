import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo, findLine, makeTempDir } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

const PAPER = 'papers/2019-06-20/domestic-abuse-sub-group.md';

/** A copy of the bundled repository, and a folder outside it holding a planted secret. */
function setUp() {
  const dir = copyRepo(BUNDLED_MEETINGS);
  const outside = makeTempDir('sbp-outside-');
  return { dir, outside };
}

const outsideFindings = (diagnostics: { code: string; file: string; line: number; message: string }[]) =>
  diagnostics.filter((d) => d.code === 'path-outside-repository').map((d) => `${d.file}:${d.line} ${d.message}`);

describe('one guard for every path sbp reads, on copies of the bundled repository with real symlinks', () => {
  it('refuses a body folder symlinked outside: reported on its body in sbp.yaml, and none of its files read', async () => {
    const { dir, outside } = setUp();
    const moved = path.join(outside, 'board');
    renameSync(path.join(dir, 'board'), moved);
    symlinkSync(moved, path.join(dir, 'board'));
    const result = await checkRepository(dir);
    const line = findLine(readFileSync(path.join(dir, 'sbp.yaml'), 'utf8'), '- id: board');
    expect(outsideFindings(result.diagnostics)).toEqual([
      `sbp.yaml:${line} the folder of body "board": board is a link to ${moved}, outside the meetings repository`,
    ]);
    expect([...result.sources.keys()].filter((f) => f.startsWith('board/'))).toEqual([]);
    expect(result.repository?.meetings).toEqual([]);
    // And sbp build prints nothing from it: the meeting is not in the repository sbp reads.
    const out = makeTempDir();
    const run = runSbp(['build', 'board-2019-06-20', '--dir', dir, '--out', out]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the folder of body "board": board is a link to');
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a folder inside a body folder that links outside', async () => {
    const { dir, outside } = setUp();
    cpSync(path.join(dir, 'board/2014-06-13.md'), path.join(outside, '2014-06-13.md'));
    symlinkSync(outside, path.join(dir, 'board/archive'));
    const result = await checkRepository(dir);
    expect(outsideFindings(result.diagnostics)).toEqual([
      `board/archive:0 board/archive is a link to ${outside}, outside the meetings repository; sbp reads none of its files`,
    ]);
    expect(result.sources.has('board/archive/2014-06-13.md')).toBe(false);
  });

  it('refuses a meeting file symlinked outside', async () => {
    const { dir, outside } = setUp();
    renameSync(path.join(dir, 'board/2019-06-20.md'), path.join(outside, 'x.md'));
    symlinkSync(path.join(outside, 'x.md'), path.join(dir, 'board/2019-06-20.md'));
    const result = await checkRepository(dir);
    expect(outsideFindings(result.diagnostics)).toEqual([
      `board/2019-06-20.md:1 board/2019-06-20.md is a link to ${path.join(outside, 'x.md')}, outside the meetings repository`,
    ]);
    expect(result.sources.has('board/2019-06-20.md')).toBe(false);
  });

  it('refuses a paper symlinked outside, and a papers folder that is a link out, at the line that names it', async () => {
    const { dir, outside } = setUp();
    writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: Secret\n---\nOUTSIDESECRET\n');
    rmSync(path.join(dir, PAPER));
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, PAPER));
    const meeting = readFileSync(path.join(dir, 'board/2019-06-20.md'), 'utf8');
    let result = await checkRepository(dir);
    expect(outsideFindings(result.diagnostics)).toEqual([
      `board/2019-06-20.md:${findLine(meeting, PAPER)} ${PAPER} is a link to ${path.join(outside, 'secret.md')}, outside the meetings repository`,
    ]);
    expect([...result.sources.values()].some((s) => s.text.includes('OUTSIDESECRET'))).toBe(false);

    const folder = path.join(outside, 'papers');
    renameSync(path.join(dir, 'papers/2021-12-09'), folder);
    symlinkSync(folder, path.join(dir, 'papers/2021-12-09'));
    result = await checkRepository(dir);
    expect(outsideFindings(result.diagnostics)).toContain(
      `board/2021-12-09.md:${findLine(readFileSync(path.join(dir, 'board/2021-12-09.md'), 'utf8'), 'papers/2021-12-09/safer')} papers/2021-12-09/safer-bromley-partnership-strategy-2020-2023.md leads through papers/2021-12-09, a link to ${folder} outside the meetings repository`,
    );
  });

  it('refuses a template folder, a template file in it and a stylesheet that link outside', async () => {
    const { dir, outside } = setUp();
    writeFileSync(path.join(outside, 'extra.css'), 'body { color: red }');
    writeFileSync(path.join(outside, 'notice.hbs'), 'OUTSIDESECRET');
    mkdirSync(path.join(outside, 'templates'));
    symlinkSync(path.join(outside, 'templates'), path.join(dir, 'linked-templates'));
    mkdirSync(path.join(dir, 'templates/partials'), { recursive: true });
    symlinkSync(path.join(outside, 'notice.hbs'), path.join(dir, 'templates/partials/notice.hbs'));
    symlinkSync(path.join(outside, 'extra.css'), path.join(dir, 'templates/extra.css'));
    const config = (dir2: string) =>
      `${readFileSync(path.join(BUNDLED_MEETINGS, 'sbp.yaml'), 'utf8')}templates:\n  dir: ${dir2}\n  css: [templates/extra.css]\n`;
    writeFileSync(path.join(dir, 'sbp.yaml'), config('linked-templates'));
    let result = await checkRepository(dir);
    let text = readFileSync(path.join(dir, 'sbp.yaml'), 'utf8');
    expect(outsideFindings(result.diagnostics)).toEqual([
      `sbp.yaml:${findLine(text, '  dir: linked')} linked-templates is a link to ${path.join(outside, 'templates')}, outside the meetings repository`,
      `sbp.yaml:${findLine(text, '  css:')} templates/extra.css is a link to ${path.join(outside, 'extra.css')}, outside the meetings repository`,
    ]);

    writeFileSync(path.join(dir, 'sbp.yaml'), config('templates'));
    result = await checkRepository(dir);
    text = readFileSync(path.join(dir, 'sbp.yaml'), 'utf8');
    expect(outsideFindings(result.diagnostics)).toEqual([
      `sbp.yaml:${findLine(text, '  dir: templates')} templates/partials/notice.hbs is a link to ${path.join(outside, 'notice.hbs')}, outside the meetings repository`,
      `sbp.yaml:${findLine(text, '  css:')} templates/extra.css is a link to ${path.join(outside, 'extra.css')}, outside the meetings repository`,
    ]);
    const run = runSbp(['build', 'board-2019-06-20', '--dir', dir, '--out', makeTempDir(), '--html']);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toContain('OUTSIDESECRET');
  });
});
