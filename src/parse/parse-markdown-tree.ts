import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock, MarkdownSplit } from './parse-markdown-file.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** The full parse with unified, remark-parse, remark-frontmatter and GFM: front matter, blocks and mdast tree. */
export function splitMarkdownTree(text: string): MarkdownSplit {
  const tree = processor.parse(text) as Root;
  const first = tree.children[0];
  let frontMatter: MarkdownSplit['frontMatter'];
  if (first?.type === 'yaml') {
    tree.children.shift();
    frontMatter = { text: first.value, offset: text.indexOf('\n', first.position?.start.offset ?? 0) + 1 };
  }
  const blocks = tree.children.map((node): BodyBlock => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading')
      return { kind: 'heading', depth: node.depth, text: textOf(node), line, comment: false, node };
    const comment = node.type === 'html' && /^<!--/.test(node.value);
    return { kind: 'block', depth: 0, text: textOf(node).split('\n', 1)[0], line, comment, node };
  });
  return { frontMatter, blocks, body: tree };
}
