import { isMap, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';
import { formatLongDate } from '../model/format-date.js';
import { listActions } from '../model/list-actions.js';
import type { Item, Meeting, Repository } from '../model/model-types.js';
import { nameBodyAt } from '../render/describe-body.js';
import { joinOwners } from '../render/join-owners.js';
import { applyTextEdits, indentOf, lineEndAfter, type TextEdit } from './apply-text-edits.js';
import { composeMinutesHeadings } from './compose-minutes-headings.js';
import { listMembersById } from './list-members-by-id.js';

/** Draft minutes planned for an agenda file: the new text, and what was added. */
export interface DraftMinutes {
  ok: true;
  text: string;
  expected: number;
  headings: number;
  updates: number;
}

/** Why an agenda cannot be turned into minutes. */
export interface DraftRefusal {
  ok: false;
  problem: string;
  hint: string;
}

const FRONT = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*)(\r?\n|$)/;

/**
 * Turn a meeting file holding an agenda into draft minutes, by inserting text only (the clerk's own
 * lines are never rewritten): status draft-minutes, the members expected on the day as present, an empty
 * resolutions list on every item, an update entry with empty text for every open action, and a heading
 * with its minute number for every item not yet headed in the minutes. Pure.
 */
export function planDraftMinutes(repository: Repository, meeting: Meeting, text: string): DraftMinutes | DraftRefusal {
  if (meeting.status !== 'draft-agenda' && meeting.status !== 'agenda-published') {
    return {
      ok: false,
      problem: `${meeting.file} is already minutes (status: ${meeting.status})`,
      hint: 'sbp new-minutes turns an agenda (status draft-agenda or agenda-published) into draft minutes, once.',
    };
  }
  const front = FRONT.exec(text);
  if (!front) return { ok: false, problem: `${meeting.file} has no front matter`, hint: 'Run sbp check first.' };
  const yamlText = front[2] ?? '';
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  const root = doc.contents;
  if (doc.errors.length || !isMap(root)) {
    return { ok: false, problem: `${meeting.file} has YAML errors`, hint: 'Run sbp check and fix them first.' };
  }
  const edits: TextEdit[] = [];
  const status = root.get('status', true) as Node;
  edits.push({ at: status.range![0], end: status.range![1], text: 'draft-minutes' });

  const members = listMembersById(repository, meeting.bodyId, meeting.date);
  const itemsPair = root.items.find((p) => String((p.key as { value?: unknown }).value) === 'items');
  if (!root.has('attendance') && itemsPair) {
    const body = repository.bodies.get(meeting.bodyId);
    const name = body ? nameBodyAt(body, meeting.date).name : meeting.bodyId;
    const lines = [
      `# Expected: the members of the ${name} on ${formatLongDate(meeting.date)}. Move those who sent apologies`,
      '# to apologies: (with substitute: where one attended), and add others who attended to alsoPresent:.',
      'attendance:',
      '  present:',
      ...members.map((m) => `    - ${m.personId}${m.role ? ` # ${m.role}` : ''}`),
      ...(members.length ? [] : ['    []']),
      '  alsoPresent: []',
      '  apologies: []',
    ];
    const at = (itemsPair.key as Node).range![0];
    edits.push({ at, end: at, text: `${lines.join('\n')}\n` });
  }
  if (itemsPair) {
    const at = (itemsPair.key as Node).range![0];
    const hint = '# Resolutions: "RESOLVED that ..." of each item, e.g. - { text: the update is noted., owners: [RV] }';
    edits.push({ at, end: at, text: `${hint}\n` });
  }

  const itemsNode: unknown = root.get('items', true);
  const itemNodes = isSeq(itemsNode) ? itemsNode.items : [];
  for (const [i, item] of meeting.items.entries()) addResolutions(item, itemNodes[i], yamlText, edits);

  const written = new Set(meeting.updates.map((u) => u.actionId));
  const open = listActions(repository, { status: 'open', body: meeting.bodyId, asOf: meeting.date }).filter(
    (l) => l.action.date < meeting.date && !written.has(l.action.id),
  );
  if (open.length) edits.push(composeUpdates(root, yamlText, open));

  const front2 = applyTextEdits(yamlText, edits);
  const body = text.slice(front[0].length);
  const headings = composeMinutesHeadings(meeting);
  const newBody = headings.text ? `${body.trimEnd()}${body.trim() ? '\n\n' : '\n'}${headings.text}` : body;
  return {
    ok: true,
    text: `${front[1]}${front2}${front[3]}${front[4] || '\n'}${newBody}`,
    expected: members.length,
    headings: headings.count,
    updates: open.length,
  };
}

/** An empty resolutions list after an item's title, so the clerk sees where "RESOLVED that" goes. */
function addResolutions(item: Item, node: unknown, yamlText: string, edits: TextEdit[]): void {
  if (!isMap(node)) return;
  const map = node as YAMLMap;
  const title = map.items.find((p) => String((p.key as { value?: unknown }).value) === 'title');
  if (!map.has('resolutions') && title?.value && item.kind !== 'apologies') {
    const key = title.key as Node;
    const at = lineEndAfter(yamlText, (title.value as Node).range![1]);
    const indent = ' '.repeat(indentOf(yamlText, key.range![0]));
    edits.push({ at, end: at, text: `\n${indent}resolutions: []` });
  }
  const subs = map.get('items', true);
  if (isSeq(subs)) for (const [i, sub] of item.items.entries()) addResolutions(sub, subs.items[i], yamlText, edits);
}

function composeUpdates(root: YAMLMap, yamlText: string, open: ReturnType<typeof listActions>): TextEdit {
  const existing = root.get('updates', true);
  const entries = open.flatMap(({ action, lastUpdate }) => [
    `# Minute ${action.minute} ${action.itemTitle}, ${formatLongDate(action.date)}; owners ${joinOwners(action.owners)}`,
    ...(lastUpdate ? [`# Last update (${formatLongDate(lastUpdate.date)}): ${oneLine(lastUpdate.text)}`] : []),
    `- action: ${action.id}`,
    '  text: ""',
  ]);
  if (isSeq(existing) && existing.items.length) {
    const last = existing.items[existing.items.length - 1] as Node;
    const indent = ' '.repeat(indentOf(yamlText, (last as Node).range![0]) - 2);
    const at = lineEndAfter(yamlText, last.range![1]);
    return { at, end: at, text: entries.map((l) => `\n${indent}${l}`).join('') };
  }
  const at = yamlText.length;
  const lead = yamlText.endsWith('\n') || at === 0 ? '' : '\n';
  if (existing !== undefined) {
    // "updates: []": replace the empty list by the entries.
    const pair = root.items.find((p) => String((p.key as { value?: unknown }).value) === 'updates')!;
    const node = pair.value as Node;
    return { at: node.range![0], end: node.range![1], text: entries.map((l) => `\n  ${l}`).join('') };
  }
  return { at, end: at, text: `${lead}updates:\n${entries.map((l) => `  ${l}`).join('\n')}\n` };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
