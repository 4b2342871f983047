import { listFailures, tableFailures } from './check-lists-and-tables.js';
import { type CheckResult, type Failure, resultOf } from './check-result.js';
import { describeAlt, mapRole, STANDARD_TYPES, type StructNode, type Structure } from './collect-structure.js';
import type { AuditPdf } from './read-audit-pdf.js';

/** Checks of the structure tree: its form, role map, headings, lists, tables and figures. */
export function checkStructure(pdf: AuditPdf, structure: Structure): CheckResult[] {
  const { nodes } = structure;
  return [
    resultOf(
      {
        id: 'structure-tree',
        matterhorn: [],
        clause: 'UA1:7.1-11, 7.1-12',
        title: 'a structure tree whose elements name their parents',
      },
      nodes.length,
      [
        ...(structure.root ? [] : [{ note: 'no /StructTreeRoot' }]),
        ...(structure.root && nodes.length === 0 ? [{ note: 'the structure tree is empty' }] : []),
        ...structure.faults.map((note) => ({ note })),
      ],
    ),
    resultOf(
      {
        id: 'role-map',
        matterhorn: ['02-001', '02-003', '02-004'],
        clause: 'UA1:7.1-3, 7.1-4',
        title: 'every non-standard type is role-mapped to a standard one',
      },
      new Set(nodes.map((n) => n.type)).size,
      roleFailures(structure),
    ),
    resultOf(
      {
        id: 'headings',
        matterhorn: ['14-002', '14-003'],
        clause: 'UA1:7.4.2',
        title: 'headings start at H1 and skip no level',
      },
      nodes.filter((n) => headingLevel(n) !== undefined).length,
      headingFailures(nodes),
    ),
    resultOf(
      {
        id: 'lists',
        matterhorn: ['09-005'],
        clause: 'UA1:7.2 (ISO 32000-1 14.8.4.3.3)',
        title: 'lists are L > LI > Lbl/LBody',
      },
      nodes.filter((n) => n.role === 'L' || n.role === 'LI').length,
      listFailures(nodes),
    ),
    resultOf(
      {
        id: 'tables',
        matterhorn: ['09-004', '15-003'],
        clause: 'UA1:7.2, 7.5',
        title: 'tables are Table > TR > TH/TD, every TH with a /Scope',
      },
      nodes.filter((n) => n.role === 'Table' || n.role === 'TH').length,
      tableFailures(pdf, nodes),
    ),
    resultOf(
      { id: 'figures-alt', matterhorn: ['13-004'], clause: 'UA1:7.3', title: 'every Figure has alternate text' },
      nodes.filter((n) => n.role === 'Figure').length,
      nodes
        .filter((n) => n.role === 'Figure' && describeAlt(pdf, n) === undefined)
        .map((n) => ({ page: n.page, note: 'a Figure without /Alt' })),
    ),
  ];
}

function roleFailures({ nodes, roleMap }: Structure): Failure[] {
  const failures: Failure[] = [];
  for (const [from, to] of roleMap)
    if (STANDARD_TYPES.has(from) && from !== to)
      failures.push({ note: `the standard type ${from} is remapped to ${to}` });
  const reported = new Set<string>();
  for (const node of nodes) {
    if (node.role !== undefined || reported.has(node.type)) continue;
    reported.add(node.type);
    const circular = roleMap.has(node.type) && mapRole(node.type, roleMap) === undefined;
    failures.push({
      page: node.page,
      note: `${node.type} ${circular ? 'maps in a circle' : 'is not mapped to a standard type'}`,
    });
  }
  return failures;
}

/** The level of a numbered heading (H1...H6), or undefined. */
export function headingLevel(node: StructNode): number | undefined {
  const match = /^H([1-6])$/.exec(node.role ?? '');
  return match ? Number(match[1]) : undefined;
}

function headingFailures(nodes: readonly StructNode[]): Failure[] {
  const failures: Failure[] = [];
  let previous = 0;
  for (const node of nodes) {
    const level = headingLevel(node);
    if (level === undefined) continue;
    if (previous === 0 && level !== 1)
      failures.push({ page: node.page, note: `the first heading is H${level}, not H1` });
    else if (level > previous + 1) failures.push({ page: node.page, note: `H${previous} is followed by H${level}` });
    previous = level;
  }
  return failures;
}
