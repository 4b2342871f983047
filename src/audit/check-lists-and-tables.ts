import { PDFDict, PDFName } from '@cantoo/pdf-lib';
import type { Failure } from './check-result.js';
import type { StructNode } from './collect-structure.js';
import { type AuditPdf, listOf, nameValue, resolve } from './read-audit-pdf.js';

/** Lists must be L > LI > Lbl/LBody (ISO 32000-1, 14.8.4.3.3). */
export function listFailures(nodes: readonly StructNode[]): Failure[] {
  const failures: Failure[] = [];
  const bad = (node: StructNode, note: string) => failures.push({ page: node.page, note });
  for (const node of nodes) {
    const kids = node.children.map((c) => c.role);
    if (node.role === 'L' && kids.some((k) => k !== 'L' && k !== 'LI' && k !== 'Caption'))
      bad(node, `an L holds ${kids.filter((k) => k !== 'L' && k !== 'LI' && k !== 'Caption').join(', ')}`);
    if (node.role === 'LI') {
      if (node.parent?.role !== 'L') bad(node, 'an LI outside an L');
      if (kids.some((k) => k !== 'Lbl' && k !== 'LBody') || node.content.length > 0)
        bad(
          node,
          `an LI holds ${[...new Set(kids.filter((k) => k !== 'Lbl' && k !== 'LBody'))].join(', ') || 'content'} besides Lbl/LBody`,
        );
      if (!kids.includes('LBody') && (node.children.length > 0 || node.content.length > 0))
        bad(node, 'an LI without LBody');
    }
    if ((node.role === 'LBody' || node.role === 'Lbl') && node.parent?.role !== 'LI')
      bad(node, `a ${node.role} outside an LI`);
  }
  return failures;
}

const TABLE_PARTS = new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']);

/** Tables must be Table > TR > TH/TD, and every TH must have a /Scope (PDF/UA-1 7.5). */
export function tableFailures(pdf: AuditPdf, nodes: readonly StructNode[]): Failure[] {
  const failures: Failure[] = [];
  const bad = (node: StructNode, note: string) => failures.push({ page: node.page, note });
  for (const node of nodes) {
    const kids = node.children.map((c) => c.role ?? c.type);
    if (node.role === 'Table' && kids.some((k) => !TABLE_PARTS.has(k))) bad(node, `a Table holds ${kids.join(', ')}`);
    if (node.role === 'TR') {
      if (!['Table', 'THead', 'TBody', 'TFoot'].includes(node.parent?.role ?? '')) bad(node, 'a TR outside a table');
      if (kids.some((k) => k !== 'TH' && k !== 'TD')) bad(node, `a TR holds ${kids.join(', ')}`);
    }
    if ((node.role === 'TH' || node.role === 'TD') && node.parent?.role !== 'TR')
      bad(node, `a ${node.role} outside a TR`);
    if (node.role === 'TH' && !hasScope(pdf, node.dict)) bad(node, 'a TH without /Scope');
  }
  return failures;
}

function hasScope(pdf: AuditPdf, dict: PDFDict): boolean {
  return listOf(pdf, dict.get(PDFName.of('A'))).some((attributes) => {
    const resolved = resolve(pdf, attributes);
    return resolved instanceof PDFDict && nameValue(resolve(pdf, resolved.get(PDFName.of('Scope')))) !== undefined;
  });
}
