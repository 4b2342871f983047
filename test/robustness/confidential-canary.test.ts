import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractHtmlText, extractPdfText, foldText } from '../helpers/extract-text.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { CANARIES, CANARY_SPELLINGS, plantCanaries } from '../helpers/plant-canaries.js';

/** One output a reader can see: where it came from, and its text. */
interface Output {
  name: string;
  members: boolean;
  text: string;
}

const MEETINGS = ['board-2014-06-13', 'board-2019-03-14', 'board-2019-06-20', 'board-2021-09-09', 'board-2021-12-09'];
const FORMATS = ['table', 'json', 'csv', 'markdown'];
// Before, at and after the meeting that reports on the exempt action, and today.
const AS_OF = ['2019-03-14', '2019-06-20', '2021-12-09', undefined];

/** Each canary and the spellings it may print as, folded for searching. */
const NEEDLES = Object.entries(CANARIES).map(([field, word]) => ({
  field,
  spellings: [word, ...(CANARY_SPELLINGS[field] ?? [])].map(foldText),
}));

/** Run bin/sbp without waiting on the others (two at a time keeps a shared machine responsive). */
function sbp(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sbp'), ...args], {
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '400' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function runAll<T>(tasks: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const outputs: Output[] = [];

beforeAll(async () => {
  const dir = await plantCanaries();
  const check = await sbp(['check', dir, '--format', 'json']);
  expect(JSON.parse(check.stdout).summary.errors, check.stdout).toBe(0);

  const out = makeTempDir('sbp-canary-');
  const build = await sbp(['build', '--all', '--full', '--html', '--dir', dir, '--out', out]);
  expect(build.status, build.stderr).toBe(0);
  for (const file of fs.readdirSync(out).filter((f) => /\.(pdf|html)$/.test(f))) {
    const full = path.join(out, file);
    // For HTML, the raw file as well as its text: a canary in an attribute is a leak too.
    const text = file.endsWith('.pdf')
      ? extractPdfText(full)
      : `${fs.readFileSync(full, 'utf8')}\n${extractHtmlText(fs.readFileSync(full, 'utf8'))}`;
    outputs.push({ name: file, members: file.includes('-members.'), text });
  }

  const runs: { name: string; members: boolean; args: string[] }[] = [];
  for (const format of FORMATS) {
    for (const asOf of AS_OF) {
      const args = ['actions', dir, '--all', '--format', format, ...(asOf ? ['--as-of', asOf] : [])];
      runs.push({ name: `sbp actions ${args.slice(2).join(' ')}`, members: false, args });
    }
  }
  runs.push({ name: 'sbp actions (open, today)', members: false, args: ['actions', dir] });
  for (const meeting of MEETINGS) {
    for (const format of ['table', 'markdown', 'json']) {
      const args = ['actions', dir, '--report', meeting, '--format', format];
      runs.push({ name: `sbp actions --report ${meeting} --format ${format}`, members: false, args });
    }
  }
  // The members' view, to show the canaries are really there to be found.
  for (const format of FORMATS) {
    const args = ['actions', dir, '--all', '--as-of', '2019-06-20', '--format', format, '--full'];
    runs.push({ name: `sbp actions --full --format ${format}`, members: true, args });
  }
  runs.push({
    name: 'sbp actions --report board-2019-06-20 --full',
    members: true,
    args: ['actions', dir, '--report', 'board-2019-06-20', '--full'],
  });
  const results = await runAll(runs.map((run) => () => sbp(run.args)));
  runs.forEach((run, i) => {
    expect(results[i].status, `${run.name}: ${results[i].stderr}`).toBe(0);
    outputs.push({ name: run.name, members: run.members, text: results[i].stdout });
  });
}, 600_000);

describe('confidential business in every output', () => {
  it('builds every document of every meeting, public and members', () => {
    const documents = outputs.filter((o) => /\.(pdf|html)$/.test(o.name)).map((o) => o.name);
    for (const meeting of MEETINGS) {
      for (const suffix of ['agenda.pdf', 'agenda.html', 'agenda-members.pdf', 'agenda-members.html'])
        expect(documents).toContain(`${meeting}-${suffix}`);
    }
    for (const minutes of ['board-2019-03-14-minutes', 'board-2019-03-14-minutes-members', 'board-2021-09-09-minutes'])
      expect(documents).toEqual(expect.arrayContaining([`${minutes}.pdf`, `${minutes}.html`]));
  });

  it('is absent from the extracted text of every public PDF, HTML file and CLI output', () => {
    const publicOutputs = outputs.filter((o) => !o.members);
    expect(publicOutputs.length).toBeGreaterThan(45);
    const leaks = publicOutputs.flatMap((o) => {
      const folded = foldText(o.text);
      return NEEDLES.filter((n) => n.spellings.some((s) => folded.includes(s))).map((n) => `${n.field} in ${o.name}`);
    });
    expect(leaks).toEqual([]);
  });

  it("is present in the members' outputs, so that the test above can fail", () => {
    const members = foldText(
      outputs
        .filter((o) => o.members)
        .map((o) => o.text)
        .join('\n'),
    );
    const missing = NEEDLES.filter((n) => !n.spellings.some((s) => members.includes(s))).map((n) => n.field);
    expect(missing).toEqual([]);
  });

  it('says publicly that the exempt minute exists, with its paragraph, where its resolutions would be', () => {
    const text = (name: string) => outputs.find((o) => o.name === name)?.text ?? '';
    expect(text('board-2019-06-20-agenda.pdf')).toMatch(
      /Minute 64\s[\s\S]*Not for publication \(exempt:\s+paragraph 3\)/,
    );
    expect(text('sbp actions --report board-2019-06-20 --format table')).toContain(
      'Minute 64 Update on the Home Office locality review report on serious violence and gangs in Bromley (14 March 2019)\n            Not for publication (exempt: paragraph 3).',
    );
    expect(text('sbp actions --all --format table --as-of 2019-06-20')).toMatch(
      /^board-2019-03-14-m64-exempt +open\b.*? 64: Not for publication \(exempt: paragraph 3\)\.$/m,
    );
    // The agenda prints the exempt item's title and exemption only.
    expect(text('board-2019-03-14-agenda.pdf')).toMatch(
      /UPDATE ON THE HOME OFFICE LOCALITY REVIEW REPORT[\s\S]*This item contains exempt information \(paragraph 3/,
    );
    for (const format of FORMATS)
      expect(text(`sbp actions --full --format ${format}`)).toMatch(/MEMBERS' VIEW|"audience": "members"|,members\r\n/);
  });
});
