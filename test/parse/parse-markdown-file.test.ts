import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/diagnostics/source-file.js';
import { splitMarkdownFile } from '../../src/parse/parse-markdown-file.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';

const parse = (text: string) => splitMarkdownFile(createSourceFile('board/x.md', text), parseMarkdownTree(text));

describe('splitMarkdownFile', () => {
  it("takes the front matter from the tree's yaml node, keeping its offset in the file", () => {
    const parsed = parse('---\nbody: board\ndate: "2021-09-09"\n---\n\n## Police update\n\nText.\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.frontMatter!.data).toEqual({ body: 'board', date: '2021-09-09' });
    expect(parsed.frontMatter!.offset).toBe(4);
    expect(parsed.body.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    expect(parsed.body.children[0].position!.start.line).toBe(6);
  });

  it('reports YAML faults at their line in the file', () => {
    const parsed = parse('---\nbody: board\nbody: again\n---\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['yaml-duplicate-key', 3, 'the key "body" appears twice in this mapping'],
    ]);
  });

  it('tells missing from unterminated front matter, and an empty file from both', () => {
    expect(parse('# Minutes\n').diagnostics[0].code).toBe('front-matter-missing');
    expect(parse('---\nbody: board\n').diagnostics[0].code).toBe('front-matter-unterminated');
    expect(parse('  \n').diagnostics[0].code).toBe('file-empty');
  });

  it('reports tabs used as indentation', () => {
    const d = parse('---\nitems:\n\t- title: A\n---\n').diagnostics[0];
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 3 });
    expect(d.hint).toMatch(/spaces/);
  });

  it('keeps an empty front matter as front matter', () => {
    const parsed = parse('---\n---\n\nText\n');
    expect(parsed.frontMatter?.data).toBeNull();
    expect(parsed.body.children.map((n) => n.type)).toEqual(['paragraph']);
  });
});
