import { describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../src/audit/check-accessibility.js';
import { formatAccessibilitySummary } from '../../src/audit/format-accessibility-summary.js';
import { name, PdfString, type PdfValue } from '../../src/pdf/pdf-objects.js';
import { makeTestPdf, type TestPdfOptions } from '../helpers/make-test-pdf.js';

/** The ids of the checks a test PDF fails. */
async function failing(options: TestPdfOptions, bookmarks?: string[]): Promise<string[]> {
  const report = await checkAccessibility(makeTestPdf(options), {
    bookmarks: bookmarks?.map((title) => ({ title })),
  });
  return report.checks.filter((c) => !c.passed).map((c) => c.id);
}

const LINKED = [
  { S: 'H1', mcids: [0] },
  { S: 'P', kids: [{ S: 'Link', mcids: [1], link: true }] },
];

describe('checkAccessibility', () => {
  it('passes a minimal PDF/UA-1 document', async () => {
    expect(await failing({})).toEqual([]);
    expect(await failing({ elements: LINKED, link: { contents: 'Link to example.org' } })).toEqual([]);
  });

  it('fails each machine check on the fault it is about, and says where', async () => {
    expect(await failing({ xmp: false })).toEqual([
      'xmp-metadata',
      'xmp-pdfua-id',
      'xmp-title',
      'xmp-language-creator',
    ]);
    expect(await failing({ lang: '' })).toEqual(['document-language']);
    expect(await failing({ displayDocTitle: false })).toEqual(['display-doc-title']);
    expect(await failing({ pageMode: 'UseNone' })).toEqual(['page-mode']);
    expect(await failing({ embedFont: false })).toEqual(['fonts-embedded']);
    const untagged = '/H1 <</MCID 0>> BDC BT (Hello) Tj ET EMC /P <</MCID 1>> BDC EMC 0 0 10 10 re f';
    expect(await failing({ content: untagged })).toEqual(['content-tagged']);
    const unclaimed = `${untagged.replace(' 0 0 10 10 re f', '')} /P <</MCID 5>> BDC BT (x) Tj ET EMC`;
    expect(await failing({ content: unclaimed })).toEqual(['mcid-in-tree']);
    const nested = '/H1 <</MCID 0>> BDC /Artifact BMC BT (x) Tj ET EMC EMC /P <</MCID 1>> BDC EMC';
    expect(await failing({ content: nested })).toEqual(['artifact-nesting']);
  });

  it('checks the structure tree: headings, lists, tables, figures, role map', async () => {
    expect(
      await failing({
        elements: [
          { S: 'H1', mcids: [0] },
          { S: 'H3', mcids: [1] },
        ],
      }),
    ).toEqual(['headings']);
    expect(
      await failing({
        elements: [
          { S: 'H2', mcids: [0] },
          { S: 'P', mcids: [1] },
        ],
      }),
    ).toEqual(['headings']);
    const list = [
      {
        S: 'L',
        kids: [
          {
            S: 'LI',
            kids: [
              { S: 'Lbl', mcids: [0] },
              { S: 'P', mcids: [1] },
            ],
          },
        ],
      },
    ];
    expect(await failing({ elements: [{ S: 'H1' }, ...list] })).toEqual(['lists']);
    const table = (th: Record<string, PdfValue>) => [
      { S: 'H1', mcids: [0] },
      { S: 'Table', kids: [{ S: 'TR', kids: [{ S: 'TH', mcids: [1], extra: th }] }] },
    ];
    const scope = {
      A: [
        new Map([
          ['O', name('Table')],
          ['Scope', name('Column')],
        ]),
      ],
    };
    expect(await failing({ elements: table(scope) })).toEqual([]);
    expect(await failing({ elements: table({}) })).toEqual(['tables']);
    expect(
      await failing({
        elements: [
          { S: 'H1', mcids: [0] },
          { S: 'Figure', mcids: [1] },
        ],
      }),
    ).toEqual(['figures-alt']);
    const alt = { Alt: PdfString.fromText('A chart of arson by year') };
    expect(
      await failing({
        elements: [
          { S: 'H1', mcids: [0] },
          { S: 'Figure', mcids: [1], extra: alt },
        ],
      }),
    ).toEqual([]);
    const strong = [
      { S: 'H1', mcids: [0] },
      { S: 'P', kids: [{ S: 'Strong', mcids: [1] }] },
    ];
    expect(await failing({ elements: strong })).toEqual(['role-map']);
    expect(await failing({ elements: strong, roleMap: { Strong: 'Span' } })).toEqual([]);
    expect(await failing({ elements: strong, roleMap: { Strong: 'Span', P: 'Span' } })).toEqual(['role-map']);
  });

  it('checks links: alternate text, a Link element holding them, tab order', async () => {
    expect(await failing({ elements: LINKED, link: {} })).toEqual(['link-contents']);
    expect(await failing({ elements: LINKED, link: { contents: 'x', inTree: false } })).toEqual(['annotations-tagged']);
    expect(await failing({ link: { contents: 'x' } })).toEqual(['annotations-tagged']);
    expect(await failing({ elements: LINKED, link: { contents: 'x', tabs: false } })).toEqual(['tab-order']);
  });

  it('compares the bookmarks with the ones expected, spacing and nesting included', async () => {
    expect(await failing({ bookmarks: ['1 APOLOGIES AND DECLARATION'] }, ['1 APOLOGIES AND DECLARATION'])).toEqual([]);
    expect(await failing({ bookmarks: ['1 APOLOGIES ANDDECLARATION'] }, ['1 APOLOGIES AND DECLARATION'])).toEqual([
      'bookmarks',
    ]);
    const report = await checkAccessibility(makeTestPdf({ bookmarks: ['BOARD', 'AGENDA'] }), {
      bookmarks: [{ title: '1 APOLOGIES' }],
    });
    expect(formatAccessibilitySummary('x.pdf', report)).toContain('bookmark 1 is "BOARD", expected "1 APOLOGIES"');
  });
});
