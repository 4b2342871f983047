import path from 'node:path';
import { readTextFile } from '../load/read-text-file.js';
import type { Meeting, Repository } from '../model/model-types.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { type DraftMinutes, planDraftMinutes } from './plan-draft-minutes.js';

/** The file rewritten as draft minutes, or why it was not. */
export type CreatedDraftMinutes = (DraftMinutes & { path: string }) | { ok: false; message: string };

/** Turn a meeting's agenda into draft minutes in the same file (the library call behind sbp new-minutes). */
export async function createDraftMinutes(repository: Repository, meeting: Meeting): Promise<CreatedDraftMinutes> {
  const read = await readTextFile(repository.root, meeting.file);
  if (!read.file) return { ok: false, message: `cannot read ${meeting.file}: ${read.diagnostics[0]?.message}` };
  const plan = planDraftMinutes(repository, meeting, read.file.text);
  if (!plan.ok) return { ok: false, message: `${plan.problem}: ${plan.hint}` };
  // The clerk may be editing the file right now: write only over the very text that was planned from.
  const again = await readTextFile(repository.root, meeting.file);
  if (again.file?.text !== read.file.text) {
    return { ok: false, message: `${meeting.file} changed while sbp was reading it: nothing written; run it again` };
  }
  writeFileAtomic(path.join(repository.root, meeting.file), plan.text);
  return { ...plan, path: meeting.file };
}
