import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The benchmark's seeded generator of realistic repositories.
import { writeRepository } from '../../bench/generate-repository.mjs';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

describe('checkRepository on a repository of thousands of files', () => {
  it('checks every file, and still locates a fault planted among them', async () => {
    const dir = makeTempDir();
    const meetings = writeRepository(dir, { bodies: 2, years: 10, meetingsPerYear: 20, seed: 7 });
    expect(meetings).toBe(400);
    const clean = await checkRepository(dir, { bodies: 'outline' });
    expect(clean.diagnostics).toEqual([]);
    expect(clean.sources.size).toBeGreaterThan(2000);

    const victim = clean.repository!.meetings[237];
    const file = path.join(dir, victim.file);
    appendFileSync(file, '\n## A heading for no item\n');
    writeFileSync(path.join(dir, victim.file.replace(/\d{4}-\d{2}-\d{2}\.md$/, 'notes.md')), 'not a meeting\n');
    const broken = await checkRepository(dir, { bodies: 'outline' });
    expect(broken.diagnostics.map((d) => `${d.code} ${d.file}`).sort()).toEqual([
      `front-matter-missing ${victim.file.replace(/\d{4}-\d{2}-\d{2}\.md$/, 'notes.md')}`,
      `heading-unmatched ${victim.file}`,
    ]);
  });
});
