import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRepositoryPath } from '../../src/load/resolve-repository-path.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

/** A repository with a file, a folder, and real symlinks inside and out of it. */
function makeLinkedRepo() {
  const outside = makeTempDir('sbp-outside-');
  writeFileSync(path.join(outside, 'secret.md'), 'SECRET');
  const root = makeTempDir('sbp-repo-');
  mkdirSync(path.join(root, 'papers/2024'), { recursive: true });
  writeFileSync(path.join(root, 'papers/2024/report.md'), 'report');
  symlinkSync(path.join(root, 'papers/2024/report.md'), path.join(root, 'papers/alias.md'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'papers/secret.md'));
  symlinkSync(outside, path.join(root, 'papers/elsewhere'));
  symlinkSync(path.join(outside, 'gone.md'), path.join(root, 'papers/dangling.md'));
  return { root, outside };
}

describe('resolveRepositoryPath, the one guard for every file sbp reads', () => {
  it('resolves files and folders inside the repository, links that stay inside included', () => {
    const { root } = makeLinkedRepo();
    expect(resolveRepositoryPath(root, 'papers/2024/report.md')).toMatchObject({ ok: true, kind: 'file', size: 6 });
    expect(resolveRepositoryPath(root, 'papers/2024')).toMatchObject({ ok: true, kind: 'directory' });
    const alias = resolveRepositoryPath(root, 'papers/alias.md');
    expect(alias).toMatchObject({ ok: true, rel: 'papers/alias.md', kind: 'file' });
    // An absolute path inside the repository is the same file.
    expect(resolveRepositoryPath(root, path.join(root, 'papers/2024/report.md'))).toMatchObject({
      ok: true,
      rel: 'papers/2024/report.md',
    });
  });

  it('refuses a path that leaves the repository, or is a URL', () => {
    const { root } = makeLinkedRepo();
    expect(resolveRepositoryPath(root, '../../etc/passwd')).toEqual({
      ok: false,
      rel: '../../etc/passwd',
      reason: 'outside',
      message: '../../etc/passwd is outside the meetings repository',
    });
    expect(resolveRepositoryPath(root, '/etc/passwd')).toMatchObject({ ok: false, reason: 'outside' });
    expect(resolveRepositoryPath(root, 'https://example.com/x.md')).toMatchObject({ ok: false, reason: 'outside' });
  });

  it('follows symlinks and names the link that leads out, for a file, a folder and a dangling link', () => {
    const { root, outside } = makeLinkedRepo();
    expect(resolveRepositoryPath(root, 'papers/secret.md')).toEqual({
      ok: false,
      rel: 'papers/secret.md',
      reason: 'link-out',
      message: `papers/secret.md is a link to ${path.join(outside, 'secret.md')}, outside the meetings repository`,
    });
    expect(resolveRepositoryPath(root, 'papers/elsewhere/secret.md')).toMatchObject({
      reason: 'link-out',
      message: `papers/elsewhere/secret.md leads through papers/elsewhere, a link to ${outside} outside the meetings repository`,
    });
    // Missing behind a link out is still a link out, not "does not exist".
    expect(resolveRepositoryPath(root, 'papers/elsewhere/nothing.md')).toMatchObject({ reason: 'link-out' });
    expect(resolveRepositoryPath(root, 'papers/dangling.md')).toMatchObject({ reason: 'link-out' });
  });

  it('says a missing path inside the repository is missing', () => {
    const { root } = makeLinkedRepo();
    expect(resolveRepositoryPath(root, 'papers/2024/none.md')).toEqual({
      ok: false,
      rel: 'papers/2024/none.md',
      reason: 'missing',
      message: 'papers/2024/none.md does not exist',
    });
  });

  it('accepts a repository reached through a symlink itself', () => {
    const { root } = makeLinkedRepo();
    const via = path.join(makeTempDir(), 'meetings');
    symlinkSync(root, via);
    expect(resolveRepositoryPath(via, 'papers/alias.md')).toMatchObject({ ok: true, kind: 'file' });
    expect(resolveRepositoryPath(via, 'papers/secret.md')).toMatchObject({ reason: 'link-out' });
  });
});
