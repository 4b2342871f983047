import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/diagnostics/source-file.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { checkMarkdownTree } from '../../src/validate/check-markdown-tree.js';

function check(text: string) {
  const result = checkMarkdownTree(createSourceFile('papers/x.md', text), parseMarkdownTree(text));
  return {
    lines: result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
    images: result.images.map((i) => `${i.line}:${i.column} ${i.url} "${i.alt}"`),
  };
}

describe('checkMarkdownTree', () => {
  it('lists every image, inline and by reference, and warns about those without alt text', () => {
    const { lines, images } = check('Intro ![](a.png) and\n\n![Chart][c] and ![ ][c]\n\n[c]: img/c.png\n');
    expect(images).toEqual(['1:7 a.png ""', '3:1 img/c.png "Chart"', '3:17 img/c.png " "']);
    expect(lines).toEqual([
      '1:7 image-alt-missing the image a.png has no alt text',
      '3:17 image-alt-missing the image img/c.png has no alt text',
    ]);
  });

  it('finds references whose definition is missing, where they stand', () => {
    const { lines } = check(
      [
        'See the [council site][1], ![the chart][img1], [the plan][] and a note.[^gone]',
        '',
        '| Ward | Source |',
        '| --- | --- |',
        '| Penge | [figures][police] |',
      ].join('\n'),
    );
    expect(lines).toEqual([
      '1:9 reference-undefined the reference [council site][1] has no definition "[1]: ...", so it prints as plain text',
      '1:28 reference-undefined the image reference ![the chart][img1] has no definition "[img1]: ...", so it prints as plain text',
      '1:48 reference-undefined the reference [the plan][] has no definition "[the plan]: ...", so it prints as plain text',
      '1:72 reference-undefined the footnote [^gone] has no definition "[^gone]: ...", so it prints as plain text',
      '5:11 reference-undefined the reference [figures][police] has no definition "[police]: ...", so it prints as plain text',
    ]);
  });

  it('leaves alone what is not a reference: defined ones, shortcut brackets, code, escapes, links', () => {
    const { lines } = check(
      [
        '[defined][d] and [^n], a remark [in brackets], `[code][x]`, \\[escaped\\]\\[x\\], [a [nested][x] link](https://x.org).',
        '',
        '```',
        '[fenced][code]',
        '```',
        '',
        '[d]: https://example.org',
        '[^n]: A note.',
      ].join('\n'),
    );
    expect(lines).toEqual([]);
  });

  it('warns about images written as HTML, which are not printed', () => {
    expect(check('Text\n\n<img src="a.png" alt="A">\n').lines).toEqual([
      '3:1 image-refused an image written as an HTML <img> tag is not included',
    ]);
  });

  it('reports what was left out on hostile input as errors, located, and nothing inside it', () => {
    const text = `Fine.\n\n${'[a][b]'.repeat(400)}\n\n${'> '.repeat(40)}deep\n\n${'<b>'.repeat(70)}x\n`;
    expect(check(text).lines).toEqual([
      '3:1 markdown-too-complex this paragraph has 1600 emphasis and bracket marks; sbp reads at most 1000 in one paragraph, so it is left out',
      '5:1 markdown-too-deep lists and quotes nest 40 deep on this line; sbp reads at most 32 levels, so it is left out',
      '7:193 markdown-too-deep raw HTML tags nest more than 64 deep here; sbp leaves out this tag and 5 more like it',
    ]);
  });

  it('reports at most fifty warnings of a kind per file, then how many more there are', () => {
    const { lines } = check(Array.from({ length: 60 }, (_, i) => `Para [x][r${i}]`).join('\n\n'));
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatch(/^101:6 reference-undefined 10 more like this in the file \(60 in all\)$/);
  });
});
