import type { RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { attachMinutesBody } from '../../src/model/attach-minutes-body.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { makeMeeting } from './make-meeting.js';

/** Attach a minutes text to a meeting of three items; the diagnostics as "line:column code message". */
function attach(markdown: string) {
  const meeting = makeMeeting('board', '2024-06-13', [
    { minute: '45', title: 'Apologies for absence' },
    { minute: '46', title: 'Police update', resolutions: [{ text: 'the update is noted.' }] },
    { minute: '47', title: 'Any other business' },
  ]);
  const reporter = createReporter((src) => {
    const [, line, column] = src.path as [string, number, number];
    return { line, column, endLine: line, endColumn: column };
  });
  attachMinutesBody(meeting, parseMarkdownTree(markdown).children, reporter);
  const texts = (nodes: RootContent[]) => nodes.map((n) => textOf(n));
  return {
    meeting,
    found: reporter.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
    police: meeting.items[1],
    texts,
  };
}

describe('attachMinutesBody', () => {
  it('shares the text out by heading, in written order, leaving comments and definitions aside', () => {
    const { police, meeting, texts, found } = attach(
      '## Police update\n\nOne.\n\n<!-- a note -->\n\nTwo [link][1].\n\n[1]: https://x.org\n\n## 47 Any other business\n\nThree.',
    );
    expect(found).toEqual([]);
    expect(texts(police.narrative)).toEqual(['One.', 'Two link.']);
    expect(meeting.definitions.map((d) => d.type)).toEqual(['definition']);
    expect(texts(meeting.items[2].narrative)).toEqual(['Three.']);
  });

  it('says when a heading gives the wrong minute number, and still attaches the text to the item it names', () => {
    const { police, found, texts } = attach('## 47 Police update\n\nThe text.\n');
    expect(found).toEqual(['1:4 heading-number-mismatch the heading says minute 47 but "Police update" is minute 46']);
    expect(texts(police.narrative)).toEqual(['The text.']);
  });

  it('prints the resolutions before a trailing run of post-meeting notes, and keeps a note written mid-text in place', () => {
    const { police, meeting, texts } = attach(
      [
        '## Police update',
        'Before.',
        'Post Meeting Note: written mid-narrative.',
        'After.',
        'Post Meeting Note: first at the end.',
        '**Post-meeting note:** second at the end.',
        '## Any other business',
        'Only text.',
      ].join('\n\n'),
    );
    expect(texts(police.narrative.slice(0, police.resolutionsAt))).toEqual([
      'Before.',
      'Post Meeting Note: written mid-narrative.',
      'After.',
    ]);
    expect(texts(police.narrative.slice(police.resolutionsAt))).toHaveLength(2);
    expect(meeting.items[2].resolutionsAt).toBe(1);
  });

  it('prints the resolutions at a RESOLVED marker line, which is not printed itself', () => {
    const { police, texts, found } = attach(
      '## Police update\n\nBefore.\n\nRESOLVED:\n\nAfter the resolutions.\n\nRESOLVED\n\nEnd.\n',
    );
    expect(texts(police.narrative)).toEqual(['Before.', 'After the resolutions.', 'End.']);
    expect(police.resolutionsAt).toBe(1);
    expect(found).toEqual([
      '9:1 resolved-marker-duplicate "Police update" already has a RESOLVED marker at line 5; the resolutions print there',
    ]);
  });

  it('warns about a resolution written as text, and about text before the first heading', () => {
    const { found } = attach('Stray.\n\n## Police update\n\n**RESOLVED** that the update is noted.\n');
    expect(found).toEqual([
      '1:1 text-outside-item this text stands before the first item heading and belongs to no item, so it is not printed',
      '5:1 resolution-in-body this RESOLVED paragraph is not tracked as a resolution and will print as plain text',
    ]);
  });
});
