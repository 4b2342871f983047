import { PDFDict, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { type CheckResult, type Failure, resultOf } from './check-result.js';
import type { Structure } from './collect-structure.js';
import {
  type AuditPdf,
  dictAt,
  entry,
  listOf,
  nameValue,
  numberValue,
  readNumberTree,
  resolve,
  textValue,
} from './read-audit-pdf.js';

// Annotations PDF/UA leaves out of the Annot-tag rule (UA1:7.18.1), besides Links which need a Link tag.
const UNTAGGED_SUBTYPES = new Set(['Widget', 'PrinterMark', 'Popup']);

/** Links: alternate text in /Contents and a Link element holding them (OBJR); other annotations in Annot; /Tabs /S. */
export function checkAnnotations(pdf: AuditPdf, structure: Structure): CheckResult[] {
  const parentTree = readNumberTree(pdf, dictAt(pdf, structure.root, 'ParentTree'));
  const holders = new Map<string, string | undefined>();
  for (const node of structure.nodes) for (const obj of node.objects) holders.set(obj, node.role);
  const contents: Failure[] = [];
  const nesting: Failure[] = [];
  const tabs: Failure[] = [];
  let links = 0;
  let annotated = 0;
  pdf.pages.forEach(({ dict }, index) => {
    const page = index + 1;
    const annots = listOf(pdf, dict.get(PDFName.of('Annots')));
    if (annots.length === 0) return;
    annotated++;
    if (nameValue(entry(pdf, dict, 'Tabs')) !== 'S')
      tabs.push({ page, note: `/Tabs is ${nameValue(entry(pdf, dict, 'Tabs')) ?? 'missing'}` });
    for (const ref of annots) {
      const annot = resolve(pdf, ref);
      if (!(annot instanceof PDFDict)) continue;
      const subtype = nameValue(entry(pdf, annot, 'Subtype')) ?? '';
      if (UNTAGGED_SUBTYPES.has(subtype)) continue;
      const expected = subtype === 'Link' ? 'Link' : 'Annot';
      if (subtype === 'Link') links++;
      if (subtype === 'Link' && !textValue(entry(pdf, annot, 'Contents'))?.trim())
        contents.push({ page, note: 'a link without /Contents' });
      const key = numberValue(entry(pdf, annot, 'StructParent'));
      const element = key === undefined ? undefined : resolve(pdf, parentTree.get(key));
      const holder = ref instanceof PDFRef ? holders.get(ref.toString()) : undefined;
      if (!(element instanceof PDFDict) || holder !== expected)
        nesting.push({ page, note: `a ${subtype} annotation not held by a ${expected} element (${holder ?? 'none'})` });
    }
  });
  return [
    resultOf(
      {
        id: 'link-contents',
        matterhorn: ['28-012'],
        clause: 'UA1:7.18.5',
        title: 'every link has alternate text (/Contents)',
      },
      links,
      contents,
    ),
    resultOf(
      {
        id: 'annotations-tagged',
        matterhorn: ['28-011'],
        clause: 'UA1:7.18.1, 7.18.5',
        title: 'every link is in a Link element (OBJR), other annotations in Annot',
      },
      links,
      nesting,
    ),
    resultOf(
      { id: 'tab-order', matterhorn: [], clause: 'UA1:7.18.3', title: 'pages with annotations have /Tabs /S' },
      annotated,
      tabs,
    ),
  ];
}
