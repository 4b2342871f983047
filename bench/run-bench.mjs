// `npm run bench`: time sbp against bare baselines in one run, as medians and ratios; write bench/results/latest.{json,md}.
// Environment: BENCH_RUNS (default 3) runs per measure; BENCH_BUILD_ALL_RUNS (default 1) for the slow --all comparison;
// BENCH_SITE_RUNS (default 1) for the 3 000-meeting site; BENCH_ONLY=site runs only the site measures;
// BENCH_SKIP=<text> leaves out the measures whose name holds it (e.g. "3000 meetings", which takes longest);
// BENCH_KEEP=1 keeps the generated repositories (their path is printed).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRepository } from './generate-repository.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.dirname(here);
const sbpBin = path.join(project, 'bin', 'sbp');
const RUNS = positive(process.env.BENCH_RUNS, 3);
const BUILD_ALL_RUNS = positive(process.env.BENCH_BUILD_ALL_RUNS, 1);
const SITE_RUNS = positive(process.env.BENCH_SITE_RUNS, 1);
const ONLY = process.env.BENCH_ONLY;
const SKIP = process.env.BENCH_SKIP;
const RESULT = ONLY ? `latest-${ONLY.replace(/[^a-z0-9]+/gi, '-')}` : 'latest';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sbp-bench-'));

function positive(value, fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Run one child process, timed from the parent; peak RSS from /usr/bin/time -v when present. */
function timeChild(args, options = {}) {
  const argv = TIME ? [TIME, '-v', ...args] : args;
  const start = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), {
    cwd: options.cwd ?? project,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return {
    ms,
    status: run.status,
    stdout: run.stdout ?? '',
    stderr: (run.stderr ?? '').replace(
      /\n?(Command exited with non-zero status \d+\n)?\s*Command being timed:[\s\S]*$/,
      '',
    ),
    maxRssMb: rss ? Number(rss[1]) / 1024 : undefined,
  };
}

/** Repeat a timed task; the median of its times, its peak memory, and every run. */
function measure(runs, task) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(task(i));
  return summarise(results);
}

/** Time two tasks in alternation (A, B, A, B...), so that a machine that drifts in speed weighs on both alike. */
function measureAlternately(runs, taskA, taskB) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(taskA(i));
    b.push(taskB(i));
  }
  return [summarise(a), summarise(b)];
}

function summarise(results) {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const rss = results.map((r) => r.maxRssMb).filter((v) => v !== undefined);
  return {
    medianMs: round(median),
    runsMs: results.map((r) => round(r.ms)),
    maxRssMb: rss.length ? round(Math.max(...rss)) : undefined,
    last: results.at(-1),
  };
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function sbp(...args) {
  return [process.execPath, sbpBin, ...args];
}

/** A scratch copy of a repository without its parse cache (.sbp-cache/), for a build that starts from nothing. */
function copyWithoutParseCache(repository, label) {
  const copy = path.join(scratch, `${label}-repo`);
  cpSync(repository, copy, { recursive: true, filter: (f) => path.basename(f) !== '.sbp-cache' });
  return copy;
}

/** Time `sbp build id` from nothing: a copy of `repository` without its parse cache, empty print and document caches. */
function buildCold(repository, id, label) {
  return expectStatus(
    timeChild(sbp('build', id, '--dir', copyWithoutParseCache(repository, label), '--out', path.join(scratch, label)), {
      env: { SBP_CACHE_DIR: mkdtempSync(path.join(scratch, `${label}-cache-`)) },
    }),
    [0, 1],
    `sbp build ${id}`,
  );
}

/** Fail loudly on a child that did not do its job, so a broken command never looks fast. */
function expectStatus(result, allowed, what) {
  if (!allowed.includes(result.status))
    throw new Error(`${what} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  return result;
}

/** Which sbp commands exist, read from `sbp --help`. */
function listCommands() {
  const help = spawnSync(process.execPath, [sbpBin, '--help'], { encoding: 'utf8' });
  if (help.status !== 0)
    return { error: `sbp --help failed: ${(help.stderr || help.stdout).trim().split('\n')[0]}`, commands: new Set() };
  return { commands: new Set([...help.stdout.matchAll(/^\s{2}([a-z-]+)\b/gm)].map((m) => m[1])) };
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  runs: RUNS,
  measures: [],
};
const { commands, error: cliError } = listCommands();
const missing = (command) => cliError ?? (commands.has(command) ? undefined : `sbp ${command} not available`);

function record(name, aim, subject, baseline, extra = {}) {
  const entry = {
    name,
    aim,
    subject: strip(subject),
    baseline: strip(baseline),
    ratio: subject && baseline ? Math.round((subject.medianMs / baseline.medianMs) * 100) / 100 : undefined,
    ...extra,
  };
  results.measures.push(entry);
  const ratio = entry.ratio === undefined ? '' : ` ratio ${entry.ratio}`;
  process.stdout.write(
    `${name}: ${subject ? `${subject.medianMs} ms` : '-'} vs ${baseline ? `${baseline.medianMs} ms` : '-'}${ratio}${extra.skipped ? ` (skipped: ${extra.skipped})` : ''}\n`,
  );
}

function strip(m) {
  return m && { medianMs: m.medianMs, runsMs: m.runsMs, maxRssMb: m.maxRssMb };
}

function skip(name, aim, reason) {
  record(name, aim, undefined, undefined, { skipped: reason });
}

/** Run one measure; a missing command or a failing child is recorded as skipped with its reason, and the rest go on. */
function attempt(name, aim, needs, task) {
  if (ONLY && !name.includes(ONLY)) return;
  if (SKIP && name.includes(SKIP)) return skip(name, aim, `left out by BENCH_SKIP=${SKIP}`);
  const reason = needs.map(missing).find(Boolean);
  if (reason) return skip(name, aim, reason);
  try {
    task();
  } catch (error) {
    skip(name, aim, `failed: ${error.message}`);
  }
}

// 1. sbp check over 500 generated meetings against a bare yaml parse of the same front matter: cold (every
// Markdown file parsed, --no-cache) and warm (the trees read from the parse cache a first run wrote).
const repo500 = path.join(scratch, 'repo-500');
const meetings500 = writeRepository(repo500, { bodies: 5, years: 10, meetingsPerYear: 10, seed: 1 });
process.stdout.write(`generated ${meetings500} meetings in ${repo500}\n`);
let check;
const coldName = `sbp check cold (--no-cache), ${meetings500} meetings / bare yaml parse`;
const warmName = `sbp check warm (parse cache), ${meetings500} meetings / bare yaml parse`;
const checkRun = (...flags) =>
  expectStatus(timeChild(sbp('check', repo500, '--format', 'json', ...flags)), [0, 1], 'sbp check');
const yamlRun = () =>
  expectStatus(timeChild([process.execPath, path.join(here, 'parse-front-matter.mjs'), repo500]), [0], 'yaml baseline');
attempt(coldName, 'report', ['check'], () => {
  const [cold, frontMatter] = measureAlternately(RUNS, () => checkRun('--no-cache'), yamlRun);
  record(coldName, 'report', cold, frontMatter, { diagnostics: JSON.parse(cold.last.stdout).diagnostics.length });
});
attempt(warmName, 'under 3x', ['check'], () => {
  checkRun();
  let frontMatter;
  [check, frontMatter] = measureAlternately(RUNS, () => checkRun(), yamlRun);
  record(warmName, 'under 3x', check, frontMatter, { diagnostics: JSON.parse(check.last.stdout).diagnostics.length });
});

// 2. sbp actions --open against sbp check on the same repository.
attempt(`sbp actions --open / sbp check (${meetings500} meetings)`, 'report', ['actions', 'check'], () => {
  if (!check) throw new Error('no sbp check figure to compare with');
  const actions = measure(RUNS, () =>
    expectStatus(timeChild(sbp('actions', '--dir', repo500, '--open', '--format', 'json')), [0], 'sbp actions'),
  );
  record(`sbp actions --open / sbp check (${meetings500} meetings)`, 'report', actions, check);
});

// 3. sbp build of the largest bundled pack against a bare Chromium print of the same final HTML: cold (no caches),
// and warm (the caches of an earlier build kept, the output folder empty); then a meeting's pack and minutes.
attempt('sbp build largest bundled pack / bare Chromium print', 'under 1.5x', ['build'], () => {
  const bundled = path.join(project, 'meetings');
  const id = findLargestMeeting(bundled);
  const fresh = (label) => ({ SBP_CACHE_DIR: mkdtempSync(path.join(scratch, `${label}-cache-`)) });
  // The baseline prints the final HTML that sbp wrote: take it from a first build, then alternate the two.
  const first = path.join(scratch, 'largest-html');
  const warmCache = fresh('warm');
  expectStatus(
    timeChild(sbp('build', id, '--dir', bundled, '--html', '--out', first), { env: warmCache }),
    [0, 1],
    `sbp build ${id}`,
  );
  const html = readdirSync(first)
    .filter((f) => /-agenda\.html$/.test(f))
    .map((f) => path.join(first, f))[0];
  if (!html) throw new Error('sbp build --html wrote no *-agenda.html');
  const bare = (i) =>
    expectStatus(
      timeChild([process.execPath, path.join(here, 'print-html.mjs'), html, path.join(scratch, `bare-${i}.pdf`)]),
      [0],
      'bare print',
    );
  // Cold: a copy of the repository without its parse cache, and an empty print and document cache.
  const [cold, print] = measureAlternately(RUNS, (i) => buildCold(bundled, id, `cold-${i}`), bare);
  record(`sbp build ${id} (largest bundled pack), cold: no caches / bare Chromium print`, 'under 1.5x', cold, print);
  // Only the prints cold: the repository's parse cache kept (as after any earlier sbp check), no print cache.
  const [printsCold, print1] = measureAlternately(
    RUNS,
    (i) =>
      expectStatus(
        timeChild(sbp('build', id, '--dir', bundled, '--out', path.join(scratch, `prints-cold-${i}`)), {
          env: fresh('prints-cold'),
        }),
        [0, 1],
        `sbp build ${id}`,
      ),
    bare,
  );
  record(`sbp build ${id}, parse cache kept, no print cache / bare Chromium print`, 'report', printsCold, print1);
  const [warm, print2] = measureAlternately(
    RUNS,
    (i) =>
      expectStatus(
        timeChild(sbp('build', id, '--dir', bundled, '--out', path.join(scratch, `warm-${i}`)), { env: warmCache }),
        [0, 1],
        `sbp build ${id}`,
      ),
    bare,
  );
  record(
    `sbp build ${id}, warm: nothing changed, output folder empty / bare Chromium print`,
    'under 1.2x',
    warm,
    print2,
  );
});

attempt('sbp build of a pack and its minutes / bare Chromium print of both', 'minutes under 1.2x', ['build'], () => {
  const bundled = path.join(project, 'meetings');
  const id = 'board-2021-09-09';
  const first = path.join(scratch, 'minutes-html');
  expectStatus(
    timeChild(sbp('build', id, '--dir', bundled, '--html', '--out', first), { env: { SBP_CACHE_DIR: 'off' } }),
    [0, 1],
    `sbp build ${id}`,
  );
  const htmls = ['agenda', 'minutes'].map((kind) => path.join(first, `${id}-${kind}.html`));
  const [build, print] = measureAlternately(
    RUNS,
    (i) => buildCold(bundled, id, `minutes-${i}`),
    (i) =>
      expectStatus(
        timeChild([
          process.execPath,
          path.join(here, 'print-html.mjs'),
          ...htmls.flatMap((h, k) => [h, path.join(scratch, `bare-minutes-${i}-${k}.pdf`)]),
        ]),
        [0],
        'bare print',
      ),
  );
  record(`sbp build ${id} (pack and minutes), cold / bare Chromium print of both`, 'minutes under 1.2x', build, print);
});

// 4. build --all over 20 meetings against 20 separate sbp build processes.
attempt('sbp build --all, 20 meetings / 20 separate processes', '3x faster (ratio under 0.33)', ['build'], () => {
  const repo20 = path.join(scratch, 'repo-20');
  writeRepository(repo20, { bodies: 2, years: 1, meetingsPerYear: 10, seed: 2 });
  const ids = readdirSync(repo20)
    .filter((d) => /^body-\d+$/.test(d))
    .flatMap((body) => readdirSync(path.join(repo20, body)).map((f) => `${body}-${f.replace(/\.md$/, '')}`));
  // Both sides build from nothing: no caches.
  const off = { env: { SBP_CACHE_DIR: 'off' } };
  const all = measure(BUILD_ALL_RUNS, (i) =>
    expectStatus(
      timeChild(sbp('build', '--all', '--dir', repo20, '--out', path.join(scratch, `all-${i}`)), off),
      [0],
      'sbp build --all',
    ),
  );
  const separate = measure(BUILD_ALL_RUNS, (i) => {
    const out = path.join(scratch, `separate-${i}`);
    const runs = ids.map((id) =>
      expectStatus(timeChild(sbp('build', id, '--dir', repo20, '--out', out), off), [0], `sbp build ${id}`),
    );
    return {
      ms: runs.reduce((sum, r) => sum + r.ms, 0),
      maxRssMb: Math.max(...runs.map((r) => r.maxRssMb ?? 0)) || undefined,
    };
  });
  record(
    `sbp build --all, ${ids.length} meetings / ${ids.length} separate processes`,
    '3x faster (ratio under 0.33)',
    all,
    separate,
  );
});

// 5. cold sbp --help against node -e '', and whether --help loads Chromium's library.
attempt("cold sbp --help / node -e ''", 'report; must not load puppeteer', [], () => {
  if (cliError) throw new Error(cliError);
  const [help, empty] = measureAlternately(
    RUNS,
    () => expectStatus(timeChild(sbp('--help')), [0], 'sbp --help'),
    () => expectStatus(timeChild([process.execPath, '-e', '']), [0], "node -e ''"),
  );
  const traceFile = path.join(scratch, 'help-modules.txt');
  spawnSync(process.execPath, ['--import', path.join(here, 'trace-module-loads.mjs'), sbpBin, '--help'], {
    env: { ...process.env, SBP_TRACE_FILE: traceFile },
  });
  const loaded = existsSync(traceFile) ? readFileSync(traceFile, 'utf8').split('\n').filter(Boolean) : [];
  record("cold sbp --help / node -e ''", 'report; must not load puppeteer', help, empty, {
    modulesLoaded: new Set(loaded).size,
    loadsPuppeteer: loaded.some((u) => /node_modules\/(puppeteer|puppeteer-core|chromium-bidi)\//.test(u)),
  });
});

// 6. sbp site (no PDFs) of the bundled repository against sbp check of it: the site's work beyond reading the repository.
attempt('sbp site, bundled repository / sbp check of it', 'under 2x', ['site', 'check'], () => {
  const bundled = path.join(project, 'meetings');
  const [site, checkBundled] = measureAlternately(
    RUNS,
    (i) =>
      expectStatus(timeChild(sbp('site', bundled, '--out', path.join(scratch, `site-bundled-${i}`))), [0], 'sbp site'),
    () => expectStatus(timeChild(sbp('check', bundled)), [0], 'sbp check'),
  );
  record('sbp site, bundled repository / sbp check of it', 'under 2x', site, checkBundled);
});

// 7. sbp site of a ten-year repository of 3 000 meetings against sbp check of it, and against 300 meetings: linear growth.
attempt('sbp site, 3000 meetings / 300 meetings', 'linear: ratio about 10', ['site'], () => {
  const big = path.join(scratch, 'repo-3000');
  const small = path.join(scratch, 'repo-300');
  const bigCount = writeRepository(big, { bodies: 30, years: 10, meetingsPerYear: 10, seed: 3 });
  const smallCount = writeRepository(small, { bodies: 3, years: 10, meetingsPerYear: 10, seed: 3 });
  process.stdout.write(`generated ${bigCount} and ${smallCount} meetings\n`);
  const siteBig = measure(SITE_RUNS, (i) =>
    expectStatus(timeChild(sbp('site', big, '--out', path.join(scratch, `site-3000-${i}`))), [0, 1], 'sbp site 3000'),
  );
  const siteSmall = measure(SITE_RUNS, (i) =>
    expectStatus(timeChild(sbp('site', small, '--out', path.join(scratch, `site-300-${i}`))), [0, 1], 'sbp site 300'),
  );
  const checkBig = measure(SITE_RUNS, () =>
    expectStatus(timeChild(sbp('check', big, '--format', 'json')), [0, 1], 'sbp check 3000'),
  );
  record(`sbp site, ${bigCount} meetings / ${smallCount} meetings`, 'linear: ratio about 10', siteBig, siteSmall);
  record(`sbp site / sbp check (${bigCount} meetings)`, 'report', siteBig, checkBig);
  // Rebuilding the big site unchanged: only hashing and comparing, nothing written.
  const again = measure(SITE_RUNS, () =>
    expectStatus(timeChild(sbp('site', big, '--out', path.join(scratch, 'site-3000-0'))), [0, 1], 'sbp site again'),
  );
  record(`sbp site again, nothing changed / first build (${bigCount} meetings)`, 'report', again, siteBig);
});

// 8. sbp check on hostile inputs (the fuzz test's worst cases, timed here rather than asserted in a test)
// against sbp check of the same repository undamaged.
attempt('sbp check, bundled meetings with hostile inputs / undamaged', 'report', ['check'], () => {
  const clean = path.join(scratch, 'hostile-clean');
  const hostile = path.join(scratch, 'hostile');
  for (const dir of [clean, hostile]) cpSync(path.join(project, 'meetings'), dir, { recursive: true });
  const meeting = path.join(hostile, 'board', '2021-09-09.md');
  writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('\nitems:', `\ndeep: ${'['.repeat(600_000)}\nitems:`));
  const paper = readdirSync(path.join(hostile, 'papers'), { recursive: true }).find((f) => String(f).endsWith('.md'));
  const paperFile = path.join(hostile, 'papers', String(paper));
  writeFileSync(paperFile, `${readFileSync(paperFile, 'utf8')}\n${'*'.repeat(300_000)}\n${'['.repeat(250_000)}\n`);
  const [damaged, undamaged] = measureAlternately(
    RUNS,
    () => expectStatus(timeChild(sbp('check', hostile, '--format', 'json')), [1], 'sbp check (hostile)'),
    () => expectStatus(timeChild(sbp('check', clean, '--format', 'json')), [0], 'sbp check (undamaged)'),
  );
  record('sbp check, bundled meetings with hostile inputs / undamaged', 'report', damaged, undamaged);
});

mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', `${RESULT}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(here, 'results', `${RESULT}.md`), formatMarkdown(results));
process.stdout.write(`\nwrote bench/results/${RESULT}.json and bench/results/${RESULT}.md\n`);
if (process.env.BENCH_KEEP) process.stdout.write(`kept ${scratch}\n`);
else rmSync(scratch, { recursive: true, force: true });

/** The bundled meeting with the most bytes of Markdown papers: the biggest agenda pack. */
function findLargestMeeting(repo) {
  const sizes = [];
  for (const body of readdirSync(repo).filter(
    (d) => statSync(path.join(repo, d)).isDirectory() && d !== 'papers' && !d.startsWith('.'),
  )) {
    for (const file of readdirSync(path.join(repo, body)).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f))) {
      const text = readFileSync(path.join(repo, body, file), 'utf8');
      const papers = [...text.matchAll(/papers\/[^\s,\]"']+/g)]
        .map((m) => path.join(repo, m[0]))
        .filter((p) => existsSync(p));
      sizes.push({ id: `${body}-${file.slice(0, 10)}`, bytes: papers.reduce((sum, p) => sum + statSync(p).size, 0) });
    }
  }
  return sizes.sort((a, b) => b.bytes - a.bytes)[0].id;
}

function formatMarkdown(r) {
  const cell = (m) => (m ? `${m.medianMs} ms` : '-');
  const rows = r.measures.map(
    (m) =>
      `| ${m.name} | ${cell(m.subject)} | ${cell(m.baseline)} | ${m.ratio ?? (m.skipped ? `skipped: ${m.skipped}` : '-')} | ${m.aim} | ${m.subject?.maxRssMb ?? '-'} |`,
  );
  const help = r.measures.find((m) => m.loadsPuppeteer !== undefined);
  return [
    `# sbp benchmark (${r.date.slice(0, 10)})`,
    '',
    `Node ${r.node}, ${r.platform}, ${r.cpus} CPUs (${r.cpuModel}); medians of ${r.runs} runs, each a separate process timed with its start-up.`,
    '',
    '| Measure | sbp (median) | baseline (median) | ratio | aim | sbp peak RSS (MB) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    help
      ? `\`sbp --help\` resolved ${help.modulesLoaded} modules; loads puppeteer: ${help.loadsPuppeteer ? 'yes' : 'no'}.`
      : '',
    '',
  ].join('\n');
}
