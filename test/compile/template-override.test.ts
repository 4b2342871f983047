import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { copyRepo, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

const MINIMAL = path.join(PROJECT_ROOT, 'test/fixtures/minimal');
const withTemplates = (extra: string) => (t: string) => `${t}templates:\n${extra}`;

describe('templates and stylesheets from the meetings repository', () => {
  it('replace the bundled ones, and user text stays escaped', () => {
    const repo = copyRepo(MINIMAL, {
      'sbp.yaml': withTemplates('  dir: templates\n  css: [templates/extra.css]\n'),
      'board/2024-09-12.md': (t) =>
        t.replace('title: Community impact days', 'title: Community impact days <script>x</script>'),
    });
    mkdirSync(path.join(repo, 'templates/partials'), { recursive: true });
    writeFileSync(
      path.join(repo, 'templates/footer.hbs'),
      '<div style="font-size:9pt;margin:0 18mm">Testville papers {{text}} - page <span class="pageNumber"></span></div>',
    );
    writeFileSync(
      path.join(repo, 'templates/partials/exempt-notice.hbs'),
      '<p class="notice">WITHHELD BY OUR OWN PARTIAL</p>',
    );
    writeFileSync(
      path.join(repo, 'templates/extra.css'),
      '.agenda-item-heading { letter-spacing: 0.02em; } /* EXTRA-CSS-MARK */',
    );
    const out = makeTempDir();
    const run = runSbp(['build', 'board-2024-09-12', '--dir', repo, '--out', out, '--html']);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const pdf = path.join(out, 'board-2024-09-12-agenda.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Testville papers\s+- page 1/);
    expect(text).toContain('WITHHELD BY OUR OWN PARTIAL');
    expect(text).toContain('COMMUNITY IMPACT DAYS <SCRIPT>X</SCRIPT>');
    const html = readFileSync(path.join(out, 'board-2024-09-12-agenda.html'), 'utf8');
    expect(html).toContain('EXTRA-CSS-MARK');
    expect(html).not.toContain('<script>x</script>');
  });

  it('must exist and stay inside the repository', async () => {
    const repo = copyRepo(MINIMAL, { 'sbp.yaml': withTemplates('  dir: ../../etc\n  css: [templates/missing.css]\n') });
    const { diagnostics } = await checkRepository(repo);
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
      'path-outside-repository sbp.yaml:27',
      'template-missing sbp.yaml:28',
    ]);
    const run = runSbp(['build', 'board-2024-09-12', '--dir', repo, '--out', makeTempDir()]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('is outside the meetings repository');
  });
});
