import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/diagnostics/source-file.js';
import { parseMarkdownFile } from '../../src/parse/parse-markdown-file.js';
import { splitMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { scanMarkdownOutline } from '../../src/parse/scan-markdown-outline.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';

/** Headings as "line:depth:text", by the fast outline and by the full remark parse. */
function headingsBoth(text: string): [string[], string[]] {
  const file = createSourceFile('x.md', text);
  const show = (blocks: { kind: string; line: number; depth: number; text: string }[]) =>
    blocks.filter((b) => b.kind === 'heading').map((b) => `${b.line}:${b.depth}:${b.text}`);
  return [show(parseMarkdownFile(file).blocks), show(parseMarkdownFile(file, splitMarkdownTree).blocks)];
}

describe('scanMarkdownOutline', () => {
  it('agrees with remark on the headings of every bundled meeting', () => {
    const dir = path.join(BUNDLED_MEETINGS, 'board');
    for (const name of readdirSync(dir)) {
      const [fast, full] = headingsBoth(readFileSync(path.join(dir, name), 'utf8'));
      expect(fast, name).toEqual(full);
    }
  });

  it('agrees with remark on fences, setext headings, rules under lists and closing hashes', () => {
    const text = [
      '---',
      'body: board',
      '---',
      '',
      '## Police update ##',
      '',
      'Text',
      'more text',
      '',
      '```',
      '## not a heading',
      '```',
      '',
      'Setext heading',
      '==============',
      '',
      '- a list item',
      '---',
      '',
      '    ## indented code',
      '',
      '<!-- ## a comment -->',
      '',
      '~~~~',
      '# still code',
      '~~~~',
      '',
      '### 68b Youth offending',
      '',
    ].join('\n');
    const [fast, full] = headingsBoth(text);
    expect(fast).toEqual(full);
    expect(fast).toEqual(['5:2:Police update', '14:1:Setext heading', '28:3:68b Youth offending']);
  });

  it('gives each block the line it starts on', () => {
    expect(scanMarkdownOutline('Para one\ncontinues\n\n<!-- note\nmore -->\n\nPara two\n', 10)).toEqual([
      { kind: 'block', depth: 0, text: 'Para one', line: 10, comment: false },
      { kind: 'block', depth: 0, text: '<!-- note', line: 13, comment: true },
      { kind: 'block', depth: 0, text: 'Para two', line: 16, comment: false },
    ]);
  });
});
