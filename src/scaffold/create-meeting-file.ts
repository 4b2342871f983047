import path from 'node:path';
import { readTextFile } from '../load/read-text-file.js';
import { decidePreviousMeeting } from '../model/decide-previous-meeting.js';
import type { Repository } from '../model/model-types.js';
import { writeNewFile } from '../write/write-new-file.js';
import { type NewMeetingOptions, type ScaffoldedMeeting, scaffoldMeeting } from './scaffold-meeting.js';

/** The file written, or why none was. */
export type CreatedMeetingFile = ScaffoldedMeeting | { ok: false; message: string };

/** Scaffold the next meeting file and write it, never overwriting one (the library call behind sbp new-meeting). */
export async function createMeetingFile(
  repository: Repository,
  options: NewMeetingOptions,
): Promise<CreatedMeetingFile> {
  const schemaComment = await readSchemaComment(repository, options);
  const plan = scaffoldMeeting(repository, { ...options, schemaComment });
  if (!plan.ok) return { ok: false, message: `${plan.problem}: ${plan.hint}` };
  if (!(await writeNewFile(path.join(repository.root, plan.path), plan.text))) {
    return {
      ok: false,
      message: `${plan.path} already exists: sbp never overwrites a meeting file; edit it, or choose another date`,
    };
  }
  return plan;
}

/** Keep the editor's schema comment of the body's previous meeting file, so the new file validates as it is typed. */
async function readSchemaComment(repository: Repository, options: NewMeetingOptions): Promise<string | undefined> {
  // The latest meeting file of the body, whether or not it is the new meeting's previous meeting.
  const previous = decidePreviousMeeting(repository.meetings, options).latestInRepository;
  if (!previous) return undefined;
  const text = (await readTextFile(repository.root, previous.file)).file?.text ?? '';
  return /^#\s*(yaml-language-server:.*)$/m.exec(text.split('\n').slice(0, 3).join('\n'))?.[1]?.trim();
}
