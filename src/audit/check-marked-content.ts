import { PDFDict, PDFName, type PDFObject, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import { isDict, nameOf, PdfName } from '../pdf/pdf-objects.js';
import { PAINTING_OPERATORS, parseOperands, scanContentStream } from '../pdf/scan-content-stream.js';
import { type CheckResult, type Failure, resultOf } from './check-result.js';
import type { Structure } from './collect-structure.js';
import {
  type AuditPdf,
  dictAt,
  entry,
  inheritedDict,
  listOf,
  nameValue,
  numberValue,
  pageContent,
  readNumberTree,
  resolve,
  streamBytes,
} from './read-audit-pdf.js';

type Mark = 'none' | 'tagged' | 'artifact';

interface PageTally {
  untagged: number;
  unreachable: number;
  artifactInTagged: number;
  taggedInArtifact: number;
}

/**
 * Every marked-content sequence of every page (and of the Form XObjects drawn on it) is either an /Artifact or
 * carries an MCID that the structure tree claims through the ParentTree; nothing is painted outside both.
 */
export function checkMarkedContent(pdf: AuditPdf, structure: Structure): CheckResult[] {
  const claimed = new Set(structure.nodes.flatMap((n) => n.content.map((c) => claimKey(c.page, c.stream, c.mcid))));
  const parentTree = readNumberTree(pdf, dictAt(pdf, structure.root, 'ParentTree'));
  const untagged: Failure[] = [];
  const unreachable: Failure[] = [];
  const nesting: Failure[] = [];
  pdf.pages.forEach(({ dict }, index) => {
    const page = index + 1;
    const tally: PageTally = { untagged: 0, unreachable: 0, artifactInTagged: 0, taggedInArtifact: 0 };
    const resources = inheritedDict(pdf, dict, 'Resources');
    const scan = (
      bytes: Uint8Array,
      res: PDFDict | undefined,
      stream: string | undefined,
      key: number | undefined,
      inherited: Mark,
      depth: number,
    ) => {
      const stack: Mark[] = [];
      const current = (): Mark => stack.findLast((m) => m !== 'none') ?? inherited;
      scanContentStream(bytes, (operator) => {
        const { op } = operator;
        if (op === 'BDC' || op === 'BMC') {
          const [tag, props] = parseOperands(bytes, operator);
          const properties = isDict(props) ? props : undefined;
          const named = props instanceof PdfName ? dictAt(pdf, dictAt(pdf, res, 'Properties'), props.value) : undefined;
          const mcid = properties?.get('MCID') ?? (named ? numberValue(entry(pdf, named, 'MCID')) : undefined);
          const mark: Mark = nameOf(tag) === 'Artifact' ? 'artifact' : typeof mcid === 'number' ? 'tagged' : 'none';
          const outer = current();
          if (mark === 'artifact' && outer === 'tagged') tally.artifactInTagged++;
          if (mark === 'tagged' && outer === 'artifact') tally.taggedInArtifact++;
          if (mark === 'tagged' && !isReachable(pdf, parentTree, key, mcid as number, page, stream, claimed))
            tally.unreachable++;
          stack.push(mark);
        } else if (op === 'EMC') stack.pop();
        else if (op === 'Do') {
          const [xName] = parseOperands(bytes, operator);
          const xobject = resolve(pdf, dictAt(pdf, res, 'XObject')?.get(PDFName.of(nameOf(xName) ?? '')));
          if (xobject instanceof PDFStream && nameValue(entry(pdf, xobject.dict, 'Subtype')) === 'Form' && depth < 12) {
            const ref = dictAt(pdf, res, 'XObject')?.get(PDFName.of(nameOf(xName) ?? ''));
            const formKey = numberValue(entry(pdf, xobject.dict, 'StructParents'));
            const formRes = dictAt(pdf, xobject.dict, 'Resources') ?? res;
            const formBytes = streamBytes(xobject) ?? new Uint8Array();
            scan(formBytes, formRes, ref instanceof PDFRef ? ref.toString() : undefined, formKey, current(), depth + 1);
          } else if (current() === 'none') tally.untagged++;
        } else if (PAINTING_OPERATORS.has(op) && current() === 'none') tally.untagged++;
      });
    };
    scan(pageContent(pdf, dict), resources, undefined, numberValue(entry(pdf, dict, 'StructParents')), 'none', 0);
    if (tally.untagged)
      untagged.push({ page, note: `${tally.untagged} painting operators outside any tag or artifact` });
    if (tally.unreachable) unreachable.push({ page, note: `${tally.unreachable} MCIDs no structure element claims` });
    if (tally.artifactInTagged)
      nesting.push({ page, note: `${tally.artifactInTagged} artifacts inside tagged content` });
    if (tally.taggedInArtifact)
      nesting.push({ page, note: `${tally.taggedInArtifact} tagged sequences inside artifacts` });
  });
  const pages = pdf.pages.length;
  return [
    resultOf(
      {
        id: 'content-tagged',
        matterhorn: ['01-005'],
        clause: 'UA1:7.1-2',
        title: 'all page content is tagged or an artifact',
      },
      pages,
      untagged,
    ),
    resultOf(
      {
        id: 'mcid-in-tree',
        matterhorn: ['01-005'],
        clause: 'UA1:7.1-2',
        title: 'every MCID is claimed by the structure tree (via /ParentTree)',
      },
      pages,
      unreachable,
    ),
    resultOf(
      {
        id: 'artifact-nesting',
        matterhorn: ['01-003', '01-004'],
        clause: 'UA1:7.1-1',
        title: 'artifacts and tagged content are not nested in each other',
      },
      pages,
      nesting,
    ),
  ];
}

function claimKey(page: number | undefined, stream: string | undefined, mcid: number): string {
  return `${page ?? '?'}|${stream ?? ''}|${mcid}`;
}

function isReachable(
  pdf: AuditPdf,
  parentTree: Map<number, PDFObject>,
  key: number | undefined,
  mcid: number,
  page: number,
  stream: string | undefined,
  claimed: Set<string>,
): boolean {
  if (key === undefined || !claimed.has(claimKey(page, stream, mcid))) return false;
  const entries = listOf(pdf, parentTree.get(key));
  return resolve(pdf, entries[mcid]) instanceof PDFDict;
}
