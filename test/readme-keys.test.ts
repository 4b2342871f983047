import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSchemaKeys } from './helpers/list-schema-keys.js';
import { PROJECT_ROOT } from './helpers/make-temp-repo.js';

const README = path.join(PROJECT_ROOT, 'README.md');
const START = '<!-- keys:start (written by SBP_WRITE_README=1 npx vitest run test/readme-keys.test.ts) -->';
const END = '<!-- keys:end -->';
const FILES: Record<string, string> = {
  config: '`sbp.yaml`',
  roster: '`roster.yaml`',
  meeting: 'A meeting file (front matter)',
  paper: 'A Markdown paper (front matter)',
};

/** The README's key reference, from the JSON Schemas: sub-items repeat an item's keys, so only theirs that differ are listed. */
function composeKeysSection(): string {
  const keys = listSchemaKeys();
  const known = new Map(keys.map((k) => [`${k.file} ${k.path}`, k.description]));
  const tables = Object.entries(FILES).map(([file, heading]) => {
    const rows = keys
      .filter((k) => k.file === file)
      .filter((k) => {
        const asItem = k.path.replace(/^items\[\]\.items\[\]/, 'items[]');
        return asItem === k.path || known.get(`${file} ${asItem}`) !== k.description;
      })
      .map((k) => `| \`${k.path}\` | ${k.description.replaceAll('|', '\\|')} |`);
    return `#### ${heading}\n\n| Key | What it holds |\n| --- | --- |\n${rows.join('\n')}`;
  });
  const note =
    'Sub-items (`items[].items[]`) take the keys of an item, bar `items`; those whose meaning differs are listed.';
  return `${START}\n${tables.join('\n\n')}\n\n${note}\n${END}`;
}

describe('README.md, every key', () => {
  it('lists every key of every file with what the JSON Schema says of it', () => {
    const readme = readFileSync(README, 'utf8');
    const at = readme.indexOf('<!-- keys:start');
    const end = readme.indexOf(END);
    expect(at, 'README has no keys section').toBeGreaterThan(0);
    const current = readme.slice(at, end + END.length);
    const wanted = composeKeysSection();
    if (process.env.SBP_WRITE_README === '1') writeFileSync(README, readme.replace(current, wanted));
    else expect(current).toBe(wanted);
  });
});
