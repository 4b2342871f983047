import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { copyRepo, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const MINIMAL = path.join(PROJECT_ROOT, 'test/fixtures/minimal');
const JUNE = 'board/2024-06-13.md';

describe('a paper Chromium cannot print in time', () => {
  it('is named in a located finding, and the other documents of the run are still built', async () => {
    // Chromium lays out a long run of "[" quadratically under word-break: break-all (a stylesheet of the
    // repository's own): 300 000 of them took 30 s on a 2-core machine, so 450 000 take over a minute, several times
    // the 10 s allowed (and the 10 s a paper printed alone gets), while the other papers take a second.
    const dir = copyRepo(MINIMAL, {
      'sbp.yaml': (t) => `${t}templates:\n  css: [templates/slow.css]\n`,
      [JUNE]: (t) =>
        t.replace(
          '  - title: Police update\n',
          '  - title: Police update\n    papers: [papers/2024-06-13/slow.md, papers/2024-06-13/fine.md]\n',
        ),
    });
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(
      path.join(dir, 'templates/slow.css'),
      '.report-body p { word-break: break-all; overflow-wrap: normal; }\n',
    );
    fs.mkdirSync(path.join(dir, 'papers/2024-06-13'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'papers/2024-06-13/slow.md'),
      `---\ntitle: Slow\n---\n\n${'\\['.repeat(450_000)}\n`,
    );
    fs.writeFileSync(path.join(dir, 'papers/2024-06-13/fine.md'), '---\ntitle: Fine\n---\n\nA short paper.\n');
    const out = makeTempDir();
    const result = await buildMeetings({
      dir,
      meetings: ['board-2024-06-13', 'board-2024-09-12'],
      all: false,
      full: false,
      html: false,
      out,
      force: false,
      env: { ...process.env, SBP_PRINT_TIMEOUT: '10', SBP_NO_CACHE: '1' },
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      'papers/2024-06-13/slow.md:1:1 print-timeout Chromium could not print this paper within 10 s, so board-2024-06-13-agenda.pdf was not written',
    ]);
    expect(result.diagnostics[0].hint).toMatch(/SBP_PRINT_TIMEOUT/);
    expect(result.written.map((f) => path.basename(f)).sort()).toEqual([
      'board-2024-06-13-minutes.pdf',
      'board-2024-09-12-agenda.pdf',
    ]);
  }, 300_000);
});
