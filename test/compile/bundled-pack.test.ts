import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { BUNDLED_MEETINGS, makeTempDir } from '../helpers/make-temp-repo.js';

const text = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], {
    encoding: 'utf8',
  });

let pack: string;

beforeAll(async () => {
  const out = makeTempDir();
  const result = await buildMeetings({
    dir: BUNDLED_MEETINGS,
    meetings: ['board-2021-12-09'],
    all: false,
    full: false,
    html: false,
    out,
    force: false,
  });
  expect(result.diagnostics).toEqual([]);
  pack = path.join(out, 'board-2021-12-09-agenda.pdf');
});

describe('the largest bundled pack (Board, 9 December 2021)', () => {
  it('gives every item with papers the page range where its papers really are', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pack], { encoding: 'utf8' }))![1]);
    const starts = new Map<string, number>();
    for (let page = 1; page <= pages; page++) {
      const heading = /Agenda Item (\w+)(?! \(continued\))/.exec(text(pack, page));
      if (heading) starts.set(heading[1], page);
    }
    // The agenda runs over pages 2-3; join its lines, since long titles push the range onto the next line.
    const agenda = (text(pack, 2) + text(pack, 3)).replace(/\s+/g, ' ');
    // Cut the agenda at each item label ("4a QUARTER 3…") and read the range in that item's own text.
    const labels = [...agenda.matchAll(/(?:^| )(\d{1,2}[a-g]?) (?=[A-Z]{2})/g)];
    const ranges = labels.flatMap((label, i) => {
      const own = agenda.slice(label.index, labels[i + 1]?.index ?? agenda.length);
      const range = /\(Pages? (\d+)(?: - (\d+))?\)/.exec(own);
      return range ? [{ item: label[1], from: Number(range[1]), to: Number(range[2] ?? range[1]) }] : [];
    });
    expect(ranges.map((r) => r.item)).toEqual(['2', '4a', '4b', '5c', '5d', '5e', '5g', '7']);
    for (const { item, from } of ranges) expect(starts.get(item), `Agenda Item ${item}`).toBe(from);
    for (const page of starts.values()) expect(page % 2, 'papers start on right-hand pages').toBe(1);
    // Each range ends where the next paper (after its blank page, if any) begins, and the last at the end of the pack.
    ranges.forEach(({ to }, i) => {
      const next = ranges[i + 1]?.from ?? pages + 1;
      expect(
        next - to === 1 || (next - to === 2 && text(pack, to + 1).includes('This page is left intentionally blank')),
      ).toBe(true);
    });
  });

  it('merges the PDF dashboard onto a landscape page with its page number', () => {
    const info = execFileSync('pdfinfo', ['-f', '65', '-l', '65', pack], { encoding: 'utf8' });
    expect(info).toMatch(/Page\s+65 size:\s+841\.92 x 594\.96/);
    expect(text(pack, 65)).toMatch(/Agenda Item 7[\s\S]*Bromley Crime Performance Dashboard[\s\S]*Page 65/);
  });
});
