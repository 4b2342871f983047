import { describe, expect, it } from 'vitest';
import { listMarkdownImages } from '../../src/parse/list-markdown-images.js';

describe('listMarkdownImages', () => {
  it('lists local images by repository path, from inline images and reference definitions', () => {
    const text = [
      '![chart](charts/arson%202021.png "Arson")',
      '![logo](<../logo.png>)',
      '![remote](https://example.org/x.png) ![passwd](file:///etc/passwd) ![out](../../../etc/passwd)',
      '[ref]: ./maps/penge.png',
      '[link text](notes.md) is a link, not an image',
    ].join('\n');
    expect(listMarkdownImages(text, 'papers/2021-12-09/report.md')).toEqual([
      'papers/2021-12-09/charts/arson 2021.png',
      'papers/2021-12-09/maps/penge.png',
      'papers/logo.png',
    ]);
  });
});
