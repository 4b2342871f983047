// Baseline for the check benchmark: read every Markdown file of a repository and parse its front matter with `yaml`, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = process.argv[2];
let files = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end === -1) continue;
  parse(text.slice(4, end + 1));
  files++;
}
parse(readFileSync(path.join(root, 'sbp.yaml'), 'utf8'));
parse(readFileSync(path.join(root, 'roster.yaml'), 'utf8'));
process.stdout.write(`${files} front matters parsed\n`);
