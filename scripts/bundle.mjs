// Bundle the compiled CLI (dist/, from tsc) into dist/bundle/ for bin/sbp: one file per entry and a few shared
// chunks load much faster than the thousand-odd modules of sbp and its dependencies it is made of. The workers are
// entries of their own, beside the chunks that start them (they are found as ./parse-worker.js, ./print-worker.js).
// puppeteer, pagefind and @touch4it/ical-timezones stay outside: they find their browser, binary and zone files
// relative to their own packages.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['cli/main.js', 'load/parse-worker.js', 'write/print-worker.js'].map((f) => path.join(dist, f)),
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['puppeteer', 'pagefind', '@touch4it/ical-timezones'],
  // CommonJS dependencies bundled into ES modules still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __sbpRequire } from 'node:module'; const require = __sbpRequire(import.meta.url);",
  },
  // Each module's code is headed by its path from here (`// node_modules/yaml/...`): a test reads what a run loads.
  absWorkingDir: root,
  logLevel: 'warning',
});
