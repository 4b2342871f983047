import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepository } from '../../bench/generate-repository.mjs';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

/** Run bin/sbp without waiting, resolving with its exit code and stderr. */
function startSbp(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sbp'), ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('two sbp build processes on one repository at once', () => {
  it('both succeed and leave only whole, valid PDFs', async () => {
    // A clean generated repository: two meetings, so agendas, minutes, papers and a Matters Arising report.
    const dir = makeTempDir();
    writeRepository(dir, { bodies: 1, years: 1, meetingsPerYear: 2, seed: 3 });
    const out = path.join(dir, 'out');
    const runs = await Promise.all([
      startSbp(['build', '--all', '--dir', dir, '--out', out]),
      startSbp(['build', '--all', '--force', '--dir', dir, '--out', out]),
    ]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ status: 0 });
    const files = readdirSync(out);
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    // No half-written temporary left behind by either process.
    expect(files.filter((f) => !f.endsWith('.pdf') && !f.startsWith('.sbp-build'))).toEqual([]);
    for (const pdf of pdfs) {
      expect(() => execFileSync('qpdf', ['--check', path.join(out, pdf)], { encoding: 'utf8' }), pdf).not.toThrow();
      expect(
        Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(out, pdf)], { encoding: 'utf8' }))?.[1]),
      ).toBeGreaterThan(0);
    }
    const caches = files.filter((f) => f.startsWith('.sbp-build'));
    for (const cache of caches)
      expect(() => JSON.parse(readFileSync(path.join(out, cache), 'utf8')), cache).not.toThrow();
  });
});
