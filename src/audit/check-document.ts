import { type CheckResult, type Failure, resultOf } from './check-result.js';
import { type AuditPdf, boolValue, dictAt, entry, nameValue, streamBytes, textValue } from './read-audit-pdf.js';

/** Document-level checks: XMP metadata, language, MarkInfo, viewer preferences and page mode. */
export function checkDocument(pdf: AuditPdf): CheckResult[] {
  const xmp = readXmp(pdf);
  const lang = textValue(entry(pdf, pdf.catalog, 'Lang'))?.trim();
  const markInfo = dictAt(pdf, pdf.catalog, 'MarkInfo');
  const prefs = dictAt(pdf, pdf.catalog, 'ViewerPreferences');
  const displayTitle = boolValue(entry(pdf, prefs, 'DisplayDocTitle'));
  const pageMode = nameValue(entry(pdf, pdf.catalog, 'PageMode'));
  const fail = (bad: boolean, note: string): Failure[] => (bad ? [{ note }] : []);
  return [
    resultOf(
      {
        id: 'xmp-metadata',
        matterhorn: ['06-001'],
        clause: 'UA1:7.1-8',
        title: 'the catalog has an XMP metadata stream',
      },
      1,
      fail(xmp === undefined, 'no /Metadata stream in the catalog'),
    ),
    resultOf(
      {
        id: 'xmp-pdfua-id',
        matterhorn: ['06-002'],
        clause: 'UA1:5',
        title: 'XMP identifies PDF/UA-1 (pdfuaid:part=1)',
      },
      1,
      fail(
        readXmpField(xmp, 'pdfuaid', 'part') !== '1',
        `pdfuaid:part is ${readXmpField(xmp, 'pdfuaid', 'part') ?? 'missing'}`,
      ),
    ),
    resultOf(
      { id: 'xmp-title', matterhorn: ['06-003'], clause: 'UA1:7.1-9', title: 'XMP has a dc:title' },
      1,
      fail(!readXmpField(xmp, 'dc', 'title'), 'no dc:title in the XMP metadata'),
    ),
    resultOf(
      { id: 'xmp-language-creator', matterhorn: [], clause: 'UA1:7.1-8', title: 'XMP names the language and creator' },
      2,
      [
        ...fail(!readXmpField(xmp, 'dc', 'language'), 'no dc:language in the XMP metadata'),
        ...fail(!readXmpField(xmp, 'dc', 'creator'), 'no dc:creator in the XMP metadata'),
      ],
    ),
    resultOf(
      {
        id: 'document-language',
        matterhorn: ['11-006'],
        clause: 'UA1:7.2',
        title: 'the catalog declares the language (/Lang)',
      },
      1,
      fail(!lang || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang), `/Lang is ${lang ? `"${lang}"` : 'missing'}`),
    ),
    resultOf(
      {
        id: 'mark-info',
        matterhorn: ['01-007'],
        clause: 'UA1:6.2, 7.1-11',
        title: 'MarkInfo /Marked true, no /Suspects',
      },
      1,
      [
        ...fail(boolValue(entry(pdf, markInfo, 'Marked')) !== true, 'MarkInfo /Marked is not true'),
        ...fail(boolValue(entry(pdf, markInfo, 'Suspects')) === true, 'MarkInfo /Suspects is true'),
      ],
    ),
    resultOf(
      {
        id: 'display-doc-title',
        matterhorn: ['07-001', '07-002'],
        clause: 'UA1:7.1-10',
        title: 'ViewerPreferences /DisplayDocTitle true',
      },
      1,
      fail(displayTitle !== true, `DisplayDocTitle is ${displayTitle === undefined ? 'missing' : 'false'}`),
    ),
    resultOf(
      {
        id: 'page-mode',
        matterhorn: [],
        clause: 'WCAG 2.4.5 (PDF2)',
        title: 'the bookmarks are shown on opening (/PageMode /UseOutlines)',
      },
      1,
      fail(pageMode !== 'UseOutlines', `/PageMode is ${pageMode ?? 'missing'}`),
    ),
  ];
}

function readXmp(pdf: AuditPdf): string | undefined {
  const bytes = streamBytes(entry(pdf, pdf.catalog, 'Metadata'));
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}

/** A property of the XMP packet, written as an element (with rdf:Alt/Seq/Bag items) or as an attribute. */
export function readXmpField(xmp: string | undefined, prefix: string, property: string): string | undefined {
  if (!xmp) return undefined;
  const qname = `${prefix}:${property}`;
  const attribute = new RegExp(`\\s${qname}\\s*=\\s*"([^"]*)"`).exec(xmp);
  if (attribute) return decodeXml(attribute[1]).trim() || undefined;
  const element = new RegExp(`<${qname}(?:\\s[^>]*)?>([\\s\\S]*?)</${qname}>`).exec(xmp);
  if (!element) return undefined;
  const items = [...element[1].matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((m) => m[1]);
  const text = (items.length > 0 ? items.join(', ') : element[1]).replace(/<[^>]+>/g, '');
  return decodeXml(text).trim() || undefined;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
