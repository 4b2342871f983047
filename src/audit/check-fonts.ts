import { type PDFDict, PDFName, type PDFObject, PDFStream } from '@cantoo/pdf-lib';
import { type CheckResult, type Failure, resultOf } from './check-result.js';
import { type AuditPdf, dictAt, entry, inheritedDict, listOf, nameValue, resolve } from './read-audit-pdf.js';

/** Every font of every page and Form XObject has its font program embedded (Type 3 fonts are drawn, so exempt). */
export function checkFonts(pdf: AuditPdf): CheckResult {
  const seen = new Set<PDFObject>();
  let fonts = 0;
  const failures: Failure[] = [];
  const visitResources = (resources: PDFDict | undefined, page: number, depth: number) => {
    if (!resources || depth > 12) return;
    for (const [, ref] of dictAt(pdf, resources, 'Font')?.entries() ?? []) {
      const font = resolve(pdf, ref);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      fonts++;
      const reason = describeUnembedded(pdf, font as PDFDict);
      if (reason) failures.push({ page, note: reason });
    }
    for (const [, ref] of dictAt(pdf, resources, 'XObject')?.entries() ?? []) {
      const xobject = resolve(pdf, ref);
      if (!(xobject instanceof PDFStream) || seen.has(xobject)) continue;
      seen.add(xobject);
      if (nameValue(entry(pdf, xobject.dict, 'Subtype')) === 'Form')
        visitResources(dictAt(pdf, xobject.dict, 'Resources'), page, depth + 1);
    }
  };
  for (const [i, { dict }] of pdf.pages.entries()) visitResources(inheritedDict(pdf, dict, 'Resources'), i + 1, 0);
  return resultOf(
    { id: 'fonts-embedded', matterhorn: [], clause: 'UA1:7.21.4.1', title: 'every font program is embedded' },
    fonts,
    failures,
  );
}

function describeUnembedded(pdf: AuditPdf, font: PDFDict): string | undefined {
  const subtype = nameValue(entry(pdf, font, 'Subtype'));
  if (subtype === 'Type3') return undefined;
  const base = nameValue(entry(pdf, font, 'BaseFont')) ?? 'a font';
  const described =
    subtype === 'Type0' ? (resolve(pdf, listOf(pdf, font.get(PDFName.of('DescendantFonts')))[0]) as PDFDict) : font;
  const descriptor = dictAt(pdf, described, 'FontDescriptor');
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(
    (key) => entry(pdf, descriptor, key) instanceof PDFStream,
  );
  return embedded ? undefined : `${base} is not embedded`;
}
