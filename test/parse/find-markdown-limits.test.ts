import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/generate-repository.mjs';
import {
  findMarkdownLimits,
  MAX_CONTAINER_DEPTH,
  MAX_HTML_DEPTH,
  MAX_INLINE_MARKS,
} from '../../src/parse/find-markdown-limits.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { countInlineMarks } from '../../src/parse/scan-markdown-line.js';
import { renderMarkdownHast } from '../../src/render/render-markdown-html.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';

const show = (text: string) =>
  findMarkdownLimits(text).map((l) => `${l.kind} ${l.start.line}:${l.start.column} ${l.count}`);

/** The deepest node of a tree, found without recursion (the point is that it stays small). */
function depthOf(tree: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[tree, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

/** The most marks micromark was given in one paragraph, heading or table cell of the tree. */
function mostMarksInOneParagraph(text: string, tree: Root): number {
  let most = 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'paragraph' && !node.data?.leftOut) || node.type === 'heading' || node.type === 'tableCell')
      most = Math.max(most, countInlineMarks(text, node.position!.start.offset!, node.position!.end.offset!));
    else if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return most;
}

describe('findMarkdownLimits', () => {
  it('finds paragraphs with too many marks, lines nested too deep and HTML nested too deep, where they start', () => {
    expect(show(`Fine *text*.\n\n${'*a'.repeat(20_000)}\n`)).toEqual(['inline-marks 3:1 20000']);
    expect(show(`${'['.repeat(250_000)}`)).toEqual(['inline-marks 1:1 250000']);
    expect(show(`${'>'.repeat(40_000)} a`)).toEqual(['container-depth 1:1 40000']);
    expect(show(`${'- '.repeat(5_000)}a\n`)).toEqual(['container-depth 1:1 5000']);
    expect(show(`x\n\n${'<b>'.repeat(5_000)}`)).toEqual([
      `html-depth 3:${3 * MAX_HTML_DEPTH + 1} ${5_000 - MAX_HTML_DEPTH}`,
    ]);
  });

  it('counts a table row by row, a list item by item, and escaped or spaced-out marks not at all', () => {
    const row = `| ${'*a* '.repeat(100)} | [l](https://x.org) |`;
    const table = ['| Ward | Note |', '| --- | --- |', ...Array.from({ length: 200 }, () => row)].join('\n');
    const list = Array.from({ length: 400 }, (_, i) => `- [link ${i}](https://x.org/${i}) **bold**`).join('\n');
    expect(show(table)).toEqual([]);
    expect(show(list)).toEqual([]);
    expect(show(`${'\\*'.repeat(5_000)} ${'* '.repeat(5_000)}${'_'.repeat(5_000)}`)).toEqual([]);
  });

  it('finds nothing in the bundled meetings and papers', () => {
    const files = readdirSync(BUNDLED_MEETINGS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(show(readFileSync(path.join(BUNDLED_MEETINGS, file), 'utf8')), file).toEqual([]);
  });

  it('reads no limits into the front matter, which has limits of its own', () => {
    expect(parseMarkdownTree(`---\nitems:\n${'  '.repeat(40)}- deep\n---\n\nText\n`).data?.limits).toBeUndefined();
    expect(parseMarkdownTree(`---\na: 1\n---\n\n${'> '.repeat(40)}deep\n`).data?.limits).toHaveLength(1);
  });
});

describe('the parse of hostile Markdown is bounded by the limits', () => {
  // Fragments that try to slip past the paragraph count: table-like lines, list markers, indented and
  // quoted lines, fences and HTML openers, mixed with runs of marks.
  const FRAGMENTS = [
    '*',
    '>',
    '- ',
    '*a*a*a*a*a*a*a*a*a*a',
    '[a][b][c](d)]]]',
    '| *a* | b |',
    '| --- | --- |',
    '|-|',
    '- *a*',
    '1. [a]',
    '2. *b*',
    '    *a*a*a',
    '   > *a*',
    '> > [x]',
    '```',
    '~~~',
    '<div>',
    '<!--',
    '-->',
    '# *h*',
    '---',
    '===',
    '[^n]: *a*',
    '',
    '*'.repeat(50),
    '_a_'.repeat(20),
    '~~a~~'.repeat(10),
    '<b>',
  ];

  it('never gives micromark a paragraph over the mark limit, nor a tree deeper than the depth limits allow', () => {
    const random = createRandom(1313);
    for (let n = 0; n < 40; n++) {
      const lines = Array.from({ length: random.int(200, 2_000) }, () => random.pick(FRAGMENTS));
      const text = lines.join('\n');
      const tree = parseMarkdownTree(text);
      const label = `case ${n} (${text.length} characters)`;
      expect(mostMarksInOneParagraph(text, tree), label).toBeLessThanOrEqual(MAX_INLINE_MARKS);
      // Containers, then emphasis nested at most half the marks of a paragraph deep.
      expect(depthOf(tree), label).toBeLessThanOrEqual(2 * MAX_CONTAINER_DEPTH + MAX_INLINE_MARKS / 2 + 8);
    }
  });

  it('parses and renders the hostile inputs of the issue without overflowing the stack', () => {
    const inputs = [
      '*a'.repeat(20_000),
      '['.repeat(250_000),
      '>'.repeat(40_000),
      '> - '.repeat(3_000),
      // Lines of a lone "*" do not end a paragraph (an empty list item cannot interrupt one).
      `a\n${'*\n'.repeat(2_000)}${'*a'.repeat(1_200)}`,
      `${'*'.repeat(3_000)}a${'*'.repeat(3_000)}`,
      '<b>'.repeat(20_000),
      Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'),
    ];
    for (const input of inputs) {
      const tree = parseMarkdownTree(`---\ntitle: x\n---\n${input}\n\nThe rest is read.\n`);
      expect(tree.data?.limits?.length, input.slice(0, 20)).toBeGreaterThan(0);
      expect(tree.children.at(-1)).toMatchObject({ type: 'paragraph', children: [{ value: 'The rest is read.' }] });
      const hast = renderMarkdownHast(tree.children.slice(1), {
        root: '/r',
        file: 'x.md',
        headingOffset: 2,
        notes: [],
      });
      expect(depthOf(hast)).toBeLessThanOrEqual(2 * MAX_CONTAINER_DEPTH + MAX_HTML_DEPTH + MAX_INLINE_MARKS / 2 + 8);
    }
  });
});
