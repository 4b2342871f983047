import {
  dict,
  name,
  nameOf,
  type PdfDict,
  PdfRef,
  PdfStream,
  PdfString,
  type PdfValue,
} from '../../src/pdf/pdf-objects.js';
import { PdfWriter } from '../../src/pdf/write-pdf.js';
import { buildXmpStream } from '../../src/write/write-metadata.js';

/** A structure element of a test PDF: its type, its MCIDs on page 1 and child elements, and extra entries. */
export interface TestElement {
  S: string;
  mcids?: number[];
  kids?: TestElement[];
  extra?: Record<string, PdfValue>;
  /** Holds the page's link annotation (OBJR). */
  link?: boolean;
}

/** How a one-page test PDF is made: a minimal PDF/UA-1 document unless told otherwise. */
export interface TestPdfOptions {
  content?: string;
  elements?: TestElement[];
  xmp?: boolean;
  lang?: string;
  pageMode?: string;
  displayDocTitle?: boolean;
  roleMap?: Record<string, string>;
  embedFont?: boolean;
  link?: { contents?: string; tabs?: boolean; inTree?: boolean };
  bookmarks?: string[];
}

/**
 * A one-page PDF written with sbp's own PDF writer, for testing the checker: by default it passes every
 * check (an H1 and a paragraph, one embedded font, XMP, bookmarks); each option breaks one thing.
 */
export function makeTestPdf(options: TestPdfOptions = {}): Uint8Array {
  const out = new PdfWriter();
  const pagesRef = out.reserve();
  const pageRef = out.reserve();
  const rootRef = out.reserve();
  const docRef = out.reserve();
  const content =
    options.content ??
    '/H1 <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td (Hello) Tj ET EMC /P <</MCID 1>> BDC BT /F1 10 Tf 72 700 Td (World) Tj ET EMC';
  const byMcid: PdfRef[] = [];
  const annots: PdfRef[] = [];
  const link = options.link ? out.reserve() : undefined;
  const build = (element: TestElement, parent: PdfRef): PdfRef => {
    const ref = out.reserve();
    const kids: PdfValue[] = [];
    for (const mcid of element.mcids ?? []) {
      kids.push(mcid);
      byMcid[mcid] = ref;
    }
    for (const kid of element.kids ?? []) kids.push(build(kid, ref));
    if (element.link && link) kids.push(dict({ Type: name('OBJR'), Obj: link, Pg: pageRef }));
    out.set(
      ref,
      dict({ Type: name('StructElem'), S: name(element.S), P: parent, Pg: pageRef, K: kids, ...element.extra }),
    );
    return ref;
  };
  const elements = options.elements ?? [
    { S: 'H1', mcids: [0] },
    { S: 'P', mcids: [1] },
  ];
  const kids = elements.map((e) => build(e, docRef));
  const nums: PdfValue[] = [0, byMcid];
  if (link && options.link) {
    out.set(
      link,
      dict({
        Type: name('Annot'),
        Subtype: name('Link'),
        Rect: [72, 690, 120, 710],
        A: dict({ S: name('URI'), URI: PdfString.fromText('https://example.org/') }),
        Contents: options.link.contents === undefined ? undefined : PdfString.fromText(options.link.contents),
        StructParent: options.link.inTree === false ? undefined : 1,
      }),
    );
    annots.push(link);
    // The annotation's StructParent leads to the Link element holding it (or, wrongly, to the Document).
    if (options.link.inTree !== false) nums.push(1, findLinkElement(out, kids) ?? docRef);
  }
  out.set(docRef, dict({ Type: name('StructElem'), S: name('Document'), P: rootRef, K: kids }));
  const fontFile = out.add(new PdfStream(new Map(), Buffer.from('not really a font program')));
  const descriptor = dict({
    Type: name('FontDescriptor'),
    FontName: name('TestSans'),
    FontFile2: options.embedFont === false ? undefined : fontFile,
  });
  const font = out.add(
    dict({
      Type: name('Font'),
      Subtype: name('TrueType'),
      BaseFont: name('TestSans'),
      FontDescriptor: out.add(descriptor),
    }),
  );
  out.set(
    pageRef,
    dict({
      Type: name('Page'),
      Parent: pagesRef,
      MediaBox: [0, 0, 595, 842],
      Resources: dict({ Font: dict({ F1: font }) }),
      Contents: out.add(new PdfStream(new Map(), Buffer.from(content, 'latin1'))),
      StructParents: 0,
      Annots: annots.length > 0 ? annots : undefined,
      Tabs: options.link?.tabs === false ? undefined : name('S'),
    }),
  );
  out.set(pagesRef, dict({ Type: name('Pages'), Kids: [pageRef], Count: 1 }));
  const roleMap = options.roleMap && new Map(Object.entries(options.roleMap).map(([k, v]) => [k, name(v)]));
  out.set(
    rootRef,
    dict({
      Type: name('StructTreeRoot'),
      K: docRef,
      ParentTree: out.add(dict({ Nums: nums })),
      ParentTreeNextKey: 2,
      RoleMap: roleMap,
    }),
  );
  const outline = out.reserve();
  const items = (options.bookmarks ?? ['1 HELLO']).map(() => out.reserve());
  const titles = options.bookmarks ?? ['1 HELLO'];
  for (const [i, ref] of items.entries()) {
    const entries = { Title: PdfString.fromText(titles[i]), Parent: outline, Prev: items[i - 1], Next: items[i + 1] };
    out.set(ref, dict({ ...entries, Dest: [pageRef, name('Fit')] }));
  }
  out.set(
    outline,
    dict({ Type: name('Outlines'), First: items[0], Last: items[items.length - 1], Count: items.length }),
  );
  const metadata = {
    title: 'Test document',
    author: 'sbp tests',
    subject: 'a test',
    language: 'en-GB',
    keywords: [],
    date: new Date('2021-01-01T00:00:00Z'),
    creator: 'sbp test',
  };
  const catalog = out.add(
    dict({
      Type: name('Catalog'),
      Pages: pagesRef,
      StructTreeRoot: rootRef,
      MarkInfo: dict({ Marked: true }),
      Lang: PdfString.fromText(options.lang ?? 'en-GB'),
      ViewerPreferences: dict({ DisplayDocTitle: options.displayDocTitle ?? true }),
      PageMode: name(options.pageMode ?? 'UseOutlines'),
      Outlines: outline,
      Metadata: options.xmp === false ? undefined : out.add(buildXmpStream(metadata)),
    }),
  );
  return out.serialize(catalog, out.add(dict({ Title: PdfString.fromText('Test document') })));
}

function findLinkElement(out: PdfWriter, refs: PdfRef[]): PdfRef | undefined {
  for (const ref of refs) {
    const element = out.get(ref) as PdfDict;
    if (nameOf(element.get('S')) === 'Link') return ref;
    const kids = (element.get('K') as PdfValue[]).filter((k): k is PdfRef => k instanceof PdfRef);
    const found = findLinkElement(out, kids);
    if (found) return found;
  }
  return undefined;
}
