import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type RenderNote, renderMarkdownHtml } from '../../src/render/render-markdown-html.js';

function render(markdown: string, notes: RenderNote[] = []): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return renderMarkdownHtml(tree.children, { root: '/repo', file: 'papers/x.md', headingOffset: 2, notes });
}

describe('renderMarkdownHtml', () => {
  it('escapes raw HTML except a few formatting tags', () => {
    const html = render(
      '<script>alert(1)</script>\n\nH<sub>2</sub>O <iframe src="https://x"></iframe> <img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<iframe|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('H<sub>2</sub>O');
  });

  it('keeps http and mailto links and drops other schemes to text', () => {
    expect(render('[a](https://bromley.gov.uk) [b](javascript:alert(1)) [c](file:///etc/passwd)')).toBe(
      '<p><a href="https://bromley.gov.uk">a</a> b c</p>\n',
    );
  });

  it('refuses remote and outside images with a visible placeholder and notes them', () => {
    const notes: RenderNote[] = [];
    const html = render('![chart](https://example.com/c.png) ![p](../../etc/passwd) ![ok](img/a.png)', notes);
    expect(html).toContain('[Image "chart" not shown: remote images are not included]');
    expect(html).toContain('[Image "p" not shown: the image is outside the meetings repository]');
    expect(html).toContain('<img src="file:///repo/papers/img/a.png" alt="ok">');
    expect(notes.map((n) => [n.kind, n.url, n.line])).toEqual([
      ['image-remote', 'https://example.com/c.png', 1],
      ['image-outside', '../../etc/passwd', 1],
      ['image-local', 'papers/img/a.png', 1],
    ]);
  });

  it('renders GFM tables with column headers and shrinks wide ones', () => {
    const html = render(`| ${'h |'.repeat(9)}\n|${' --- |'.repeat(9)}\n| ${'1 |'.repeat(9)}`);
    expect(html).toContain('<table class="md-table table-wide"><thead><tr><th scope="col">h</th>');
    expect(html.match(/<td>1<\/td>/g)).toHaveLength(9);
  });

  it('shifts headings below the pack headings', () => {
    expect(render('# Title\n\n#### Deep')).toBe('<h3>Title</h3>\n<h6>Deep</h6>\n');
  });
});
