import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldRepository } from '../../src/init/scaffold-repository.js';
import { makeTempDir, makeTempRepo } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

// A 1x1 PNG inside the repository may print; a 3x2 PNG outside it, reached by a symlink, must not.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SECRET_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==',
  'base64',
);
const DATE = '2025-09-18';

/** Every way a paper could try (canaries are split in the source, so only running the script could join them),  to load or run something, pointed at a server that records requests. */
function hostilePaper(origin: string): string {
  return `---
title: Hostile paper
---

HOSTILE-PAPER-CANARY

<script>document.body.innerHTML += 'SCRIPT' + '-RAN'; fetch('${origin}/script')</script>
<img src="${origin}/img-tag.png" onerror="document.body.innerHTML += 'ONERROR' + '-RAN'">
<iframe src="${origin}/iframe"></iframe>
<object data="${origin}/object"></object><embed src="${origin}/embed">
<link rel="stylesheet" href="${origin}/link.css">
<style>@import url(${origin}/import.css); body { background: url(${origin}/background.png) }</style>
<meta http-equiv="refresh" content="0;url=${origin}/refresh">
<svg><image href="${origin}/svg-image.png"/></svg>

![remote image](${origin}/remote.png)
![protocol-relative](//127.0.0.1/relative.png)
![passwd image](file:///etc/passwd)
[passwd link](file:///etc/passwd) and [script link](javascript:alert(1)) and [remote link](${origin}/link)
![climbing out](../../../../etc/passwd)
![symlink out](outside.png)
![in the repository](logo.png)

[ref]: ${origin}/reference
![by reference][ref]
`;
}

describe('sbp build of hostile Markdown', () => {
  let server: Server;
  const requests: string[] = [];
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('LOADED-FROM-THE-NETWORK');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints the paper with nothing remote, nothing outside the repository and no script loaded', () => {
    const files = Object.fromEntries(
      scaffoldRepository({
        partnership: 'Safer Anytown Partnership',
        council: 'Anytown Council',
        bodyId: 'board',
        bodyName: 'Safer Anytown Board',
        firstMeeting: DATE,
        sbpPackage: 'sbp',
      }).map((f) => [f.path, f.text]),
    );
    files[`board/${DATE}.md`] = files[`board/${DATE}.md`].replace(
      '    description: A roundtable update from all partners.',
      `    papers: [papers/${DATE}/hostile.md]`,
    );
    files[`papers/${DATE}/hostile.md`] = hostilePaper(origin);
    const dir = makeTempRepo(files);
    writeFileSync(path.join(dir, 'papers', DATE, 'logo.png'), PNG);
    const outside = makeTempDir();
    writeFileSync(path.join(outside, 'secret.png'), SECRET_PNG);
    symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'papers', DATE, 'outside.png'));
    const out = path.join(dir, 'out');
    mkdirSync(out);

    const run = runSbp(['build', `board-${DATE}`, '--dir', dir, '--out', out, '--html'], {
      env: { HTTP_PROXY: origin, HTTPS_PROXY: origin },
    });
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
    expect(run.status, run.stderr).toBe(0);
    const pdf = path.join(out, `board-${DATE}-agenda.pdf`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('HOSTILE-PAPER-CANARY');
    for (const leaked of ['SCRIPT-RAN', 'ONERROR-RAN', 'LOADED-FROM-THE-NETWORK', 'root:x:0:0'])
      expect(text).not.toContain(leaked);
    expect(requests).toEqual([]);
    // The image inside the repository printed; the one reached by a symlink out of it did not (sizes tell them apart).
    const sizes = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.trim().split(/\s+/))
      .filter((c) => c[2] === 'image')
      .map((c) => `${c[3]}x${c[4]}`);
    expect(sizes).toContain('1x1');
    expect(sizes).not.toContain('3x2');
    const html = readdirSync(out)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    expect(html).toContain('HOSTILE-PAPER-CANARY');
    expect(html).not.toMatch(/<(script|iframe|object|embed|link|style|meta|svg)\b[^>]*(127\.0\.0\.1|javascript:)/i);
    // Links to web pages stay as links (not loaded); nothing is a source from the network, /etc or javascript:.
    expect(html).not.toMatch(/src="(https?:|\/\/|file:\/\/\/etc|javascript:)/i);
    expect(html).not.toMatch(/href="(file:|javascript:)/i);
  });
});
