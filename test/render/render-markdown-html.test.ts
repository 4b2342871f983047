import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ImageStatus } from '../../src/model/model-types.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { type RenderNote, renderMarkdownHast, renderMarkdownHtml } from '../../src/render/render-markdown-html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const stringifier = unified().use(rehypeStringify).freeze();
const toHtml = (tree: HastRoot) => stringifier.stringify(tree);

function render(markdown: string, notes: RenderNote[] = [], images = new Map<string, ImageStatus>()): string {
  const tree = parseMarkdownTree(markdown);
  return renderMarkdownHtml(tree.children, { root: '/repo', file: 'papers/x.md', headingOffset: 2, notes, images });
}

describe('renderMarkdownHtml', () => {
  it('keeps harmless formatting and removes script, style, frames, objects, SVG and event handlers', () => {
    const html = render(
      [
        'H<sub>2</sub>O, x<sup>2</sup>, <u>under</u>, <s>gone</s>, line<br>break',
        '',
        '<script>alert("SCRIPT")</script><style>p { color: red }</style><iframe src="https://x.org"></iframe>',
        '<object data="https://x.org/o"></object><embed src="https://x.org/e"><svg><text>SVG</text></svg>',
        '<form action="https://x.org"><input name="q"></form><p onclick="alert(1)" style="color:red" class="x">click</p>',
      ].join('\n'),
    );
    expect(html).toContain('H<sub>2</sub>O, x<sup>2</sup>, <u>under</u>, <s>gone</s>, line<br>break');
    expect(html).not.toMatch(/<(script|style|iframe|object|embed|svg|form|input)\b|SCRIPT|SVG|color|onclick|class="x"/);
    expect(html).toContain('<p>click</p>');
  });

  it('drops HTML comments, wherever they stand', () => {
    const html = render('<!-- note to self -->\n\nText <!-- inline note --> more\n\n<div><!-- deep --></div>');
    expect(html).not.toMatch(/note to self|inline note|deep|<!--/);
    expect(html).toContain('Text  more');
  });

  it('closes an unclosed tag at the end of the fragment', () => {
    const html = render('Some <b>bold\n\nand more');
    expect(html.match(/<b>/g)?.length).toBe(html.match(/<\/b>/g)?.length);
    expect(html.trim().endsWith('</b>')).toBe(true);
  });

  it('keeps http(s) and mailto links, and prints any other link as its text', () => {
    expect(
      render(
        '[a](https://bromley.gov.uk) [m](mailto:clerk@bromley.gov.uk) [b](javascript:alert(1)) [c](file:///etc/passwd) [d](other.md)',
      ),
    ).toBe('<p><a href="https://bromley.gov.uk">a</a> <a href="mailto:clerk@bromley.gov.uk">m</a> b c d</p>');
  });

  it('resolves reference links and reference images through their definitions', () => {
    const html = render(
      'See the [council site][1] and ![chart][img1].\n\n[1]: https://www.bromley.gov.uk\n[img1]: img/chart.png',
      [],
      new Map([['papers/img/chart.png', 'found']]),
    );
    expect(html.trim()).toBe(
      '<p>See the <a href="https://www.bromley.gov.uk">council site</a> and <img src="file:///repo/papers/img/chart.png" alt="chart">.</p>',
    );
  });

  it('shows an image only when load/ found it in the repository, else a placeholder with its alt text', () => {
    const notes: RenderNote[] = [];
    const markdown =
      '![chart](https://example.com/c.png) ![p](../../etc/passwd) ![gone](img/gone.png) ![link](img/out.png) ![ok](img/a.png) <img src="img/a.png" alt="raw">';
    const column = (needle: string) => markdown.indexOf(needle) + 1;
    const html = render(
      markdown,
      notes,
      new Map([
        ['papers/img/a.png', 'found'],
        ['papers/img/gone.png', 'missing'],
        ['papers/img/out.png', 'outside'],
      ]),
    );
    expect(html).toContain('[Image "chart" not shown: remote images are not included]');
    expect(html).toContain('[Image "p" not shown: the image is outside the meetings repository]');
    expect(html).toContain('[Image "gone" not shown: the image file does not exist]');
    expect(html).toContain('[Image "link" not shown: the image is outside the meetings repository]');
    expect(html).toContain('<img src="file:///repo/papers/img/a.png" alt="ok">');
    expect(html).toContain('[Image "raw" not shown: images must be written in Markdown]');
    expect(html.match(/<img/g)).toHaveLength(1);
    expect(notes.map((n) => [n.kind, n.url, n.line, n.column])).toEqual([
      ['remote', 'https://example.com/c.png', 1, 1],
      ['outside', '../../etc/passwd', 1, column('![p]')],
      ['missing', 'papers/img/gone.png', 1, column('![gone]')],
      ['linked-outside', 'papers/img/out.png', 1, column('![link]')],
      ['html', 'img/a.png', 1, column('<img')],
    ]);
  });

  it('numbers footnotes as GFM does and lists them at the end, with ids of this fragment only', () => {
    const html = render('A claim[^src] and another[^2].\n\n[^src]: The source.\n[^2]: A second note.');
    expect(html).toMatch(
      /claim<sup><a href="#md-papers-x-md-0-fn-src" id="md-papers-x-md-0-fnref-src"[^>]*>1<\/a><\/sup>/,
    );
    expect(html).toMatch(
      /<section data-footnotes="" class="footnotes"><h4 class="sr-only" id="md-papers-x-md-0-footnote-label">/,
    );
    expect(html.indexOf('The source.')).toBeGreaterThan(html.indexOf('another'));
    expect(html).toMatch(/<li id="md-papers-x-md-0-fn-2">/);
  });

  it('keeps definition lists, and prefixes raw ids so they never clash with the pack', () => {
    const html = render(
      '<dl><dt>ASB</dt><dd>Anti-social behaviour</dd></dl>\n\n<p id="sec-0">x</p> <a href="#sec-0">up</a>',
    );
    expect(html).toContain('<dl><dt>ASB</dt><dd>Anti-social behaviour</dd></dl>');
    expect(html).toContain('<p id="md-papers-x-md-0-sec-0">x</p>');
    expect(html).toContain('<a href="#md-papers-x-md-0-sec-0">up</a>');
  });

  it('renders GFM tables with column headers, alignment classes and smaller type when wide', () => {
    const html = render(`| ${'h |'.repeat(9)}\n|:-|${' -: |'.repeat(8)}\n| ${'1 |'.repeat(9)}`);
    expect(html).toContain('<table class="md-table table-wide">');
    expect(html).toContain('<th scope="col" class="align-left">h</th>');
    expect(html.match(/<td class="align-right">1<\/td>/g)).toHaveLength(8);
  });

  it('shifts headings below the pack headings, raw HTML headings too', () => {
    expect(render('# Title\n\n#### Deep\n\n<h1>Raw</h1>')).toBe('<h3>Title</h3>\n<h6>Deep</h6>\n<h3>Raw</h3>');
  });

  it('gives the website the sanitised tree itself', () => {
    const hast = renderMarkdownHast(parseMarkdownTree('Hello <i>world</i>').children, {
      root: '/repo',
      file: 'papers/x.md',
      headingOffset: 0,
      notes: [],
    });
    expect(hast.children[0]).toMatchObject({ type: 'element', tagName: 'p' });
  });

  it('renders Markdown without raw HTML as rehype-raw would (that step is left out for it)', () => {
    const papers = path.join(here, '../../meetings/papers');
    const texts = readdirSync(papers, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(path.join(papers, f), 'utf8'));
    texts.push('A ~~gone~~ www.example.org\n\n- [x] done\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n```js\nx < 1\n```');
    let compared = 0;
    for (const text of texts) {
      const nodes = parseMarkdownTree(text).children;
      // Raw HTML and footnotes always take the rehype-raw path.
      if (/"type":"(html|footnoteReference|footnoteDefinition)"/.test(JSON.stringify(nodes))) continue;
      const context = { root: '/repo', file: 'papers/x.md', headingOffset: 2, notes: [], images: new Map() };
      // A trailing HTML comment sends the nodes through rehype-raw, and the sanitiser drops it again.
      const comment = { type: 'html' as const, value: '<!-- x -->' };
      const withRaw = toHtml(renderMarkdownHast([...nodes, comment], context));
      // (The comment leaves only the line break that separates it from the block before.)
      expect(toHtml(renderMarkdownHast(nodes, context))).toBe(withRaw.replace(/\n$/, ''));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('writes footnotes as it always has (through rehype-raw)', () => {
    expect(render('A note[^1].\n\n[^1]: Here.')).toContain('<section data-footnotes="" class="footnotes">');
  });

  it('renders the same fragment once, however often it is asked for, and reports its notes each time', () => {
    const nodes = parseMarkdownTree('![](https://x.org/a.png) and *text*').children;
    const ask = () => {
      const notes: RenderNote[] = [];
      const html = renderMarkdownHtml(nodes, { root: '/repo', file: 'papers/x.md', headingOffset: 2, notes });
      return { html, notes };
    };
    const first = ask();
    const second = ask();
    expect(second.html).toBe(first.html);
    expect(first.notes).toHaveLength(1);
    expect(second.notes).toEqual(first.notes);
    // Another context (here, the heading offset) is another rendering.
    const other = renderMarkdownHtml(nodes, { root: '/repo', file: 'papers/y.md', headingOffset: 2, notes: [] });
    expect(other).toBe(first.html);
  });
});
