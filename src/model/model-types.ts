import type { Root, RootContent } from 'mdast';
import type { SourceRef } from '../diagnostics/source-file.js';
import type { BodyConfig, Config } from '../validate/schemas/config-schema.js';
import type { PaperFrontMatter } from '../validate/schemas/paper-schema.js';

export type { SourceRef };

/** A person from the roster. */
export interface Person {
  id: string;
  name: string;
  title?: string;
  initials?: string;
  src: SourceRef;
}

/** A person's seat on a body. */
export interface Membership {
  personId: string;
  bodyId: string;
  role: 'chairman' | 'joint-chairman' | 'vice-chairman' | 'member';
  from: string;
  until?: string;
  title?: string;
  src: SourceRef;
}

/** An owner as written in the Action column, resolved against the roster. */
export interface Owner {
  /** As written, e.g. "AM" or "SBP". */
  label: string;
  /** The person id, when the owner is a person. */
  personId?: string;
  /** The group code, when the owner is a group such as SBP. */
  groupId?: string;
}

/** A decision; with owners, also an action. */
export interface Resolution {
  /** 1-based position among the item's resolutions. */
  index: number;
  text: string;
  owners: Owner[];
  due?: string;
  standing: boolean;
  done: boolean;
  /** Set when the resolution has owners. */
  actionId?: string;
  supersedes?: string;
  src: SourceRef;
}

/** A paper in an item: a Markdown report, a PDF, or one sbp generates. */
export type PaperRef =
  | { type: 'markdown'; path: string; title?: string; src: SourceRef }
  | { type: 'pdf'; path: string; title?: string; src: SourceRef }
  | { type: 'generated'; generate: 'previous-minutes' | 'matters-arising'; src: SourceRef }
  /** A confidential paper in the public view: that it exists and why it is withheld, nothing of it. */
  | { type: 'withheld'; paragraph: number; src: SourceRef };

/** A Markdown paper, parsed. */
export interface Paper {
  path: string;
  frontMatter: PaperFrontMatter;
  body: Root;
}

/** An agenda item or sub-item with its computed numbers. */
export interface Item {
  /** Agenda number: "7" or "7a". */
  number: string;
  /** Minute number: "68" or "68b". */
  minute: string;
  title: string;
  kind?: 'apologies' | 'previous-minutes' | 'matters-arising' | 'questions' | 'next-meeting' | 'other';
  description?: string;
  papers: PaperRef[];
  /** Part 2 (confidential): set on the item or inherited from its parent item. */
  exempt?: { paragraph: number; reason?: string };
  /** Set by selectAudience in the public view only: the item is exempt and all but its number, minute, title, kind and paragraph is gone. */
  withheld?: true;
  reportNumber?: string;
  resolutions: Resolution[];
  items: Item[];
  /** Minutes narrative under the item's heading (Markdown nodes), before any Post Meeting Note. */
  narrative: RootContent[];
  /** Paragraphs starting "Post Meeting Note:". */
  postNotes: RootContent[];
  src: SourceRef;
}

/** Someone at a meeting: a person from the roster, or a guest named in the file. */
export interface Attendee {
  personId?: string;
  name: string;
  title?: string;
  role?: Membership['role'];
}

/** An apology, possibly with a substitute. */
export interface Apology {
  person: Attendee;
  substitute?: Attendee;
}

/** A reported update on an action, as written in a later meeting. */
export interface ActionUpdate {
  actionId: string;
  meetingId: string;
  date: string;
  text: string;
  completes: boolean;
  src: SourceRef;
}

/** The body's previous meeting as a meeting file declares it (`previousMeeting:`), when its file is not in the repository. */
export interface DeclaredPreviousMeeting {
  date: string;
  /** Start year of the municipal year of `date`. */
  municipalYear: number;
  /** Its last minute number, when declared. */
  lastMinute?: number;
  /** Its minutes as a PDF paper of the repository; 'none' when the pack carries no copy; absent when not said. */
  minutes?: { path: string; src: SourceRef } | 'none';
  src: SourceRef;
}

/** One meeting of one body. */
export interface Meeting {
  /** `<body>-<date>`, e.g. board-2019-03-14. */
  id: string;
  file: string;
  bodyId: string;
  date: string;
  time: string;
  venue?: string;
  virtual?: { stream: string };
  status: 'draft-agenda' | 'agenda-published' | 'draft-minutes' | 'minutes-approved';
  /** Called off: still on the record (and in calendars, as cancelled), with no attendance expected. */
  cancelled?: true;
  /** Date of dispatch as written in the file; when absent, compute it with computeDeadlines (working days). */
  dispatched?: string;
  /** Start year of the municipal year the meeting falls in (2019 for 2019/20). */
  municipalYear: number;
  items: Item[];
  present: Attendee[];
  alsoPresent: Attendee[];
  apologies: Apology[];
  declarations: { person: Attendee; item?: string; interest: string }[];
  /** Who chaired: one person, or joint chairmen (empty when neither `chair:` nor a chairman present says). */
  chairs: Attendee[];
  updates: ActionUpdate[];
  ended?: string;
  nextMeeting?: { date: string; time?: string };
  /** The previous meeting this file declares; decidePreviousMeeting says whether it is the one. */
  declaredPrevious?: DeclaredPreviousMeeting;
  /** Whether the file holds minutes (any narrative or resolutions). */
  hasMinutes: boolean;
  /**
   * Its front matter failed the schema and was read best-effort, so that its other faults could be
   * reported too; findings in other files that depend on its numbers or actions are not reported.
   */
  repaired?: boolean;
}

/** Open, completed, or replaced by a later resolution. */
export type ActionStatus = 'open' | 'completed' | 'superseded';

/** A resolution with owners, followed across meetings. */
export interface Action {
  id: string;
  bodyId: string;
  meetingId: string;
  date: string;
  minute: string;
  itemTitle: string;
  /** 1-based position of its resolution among the item's resolutions. */
  index: number;
  text: string;
  owners: Owner[];
  due?: string;
  standing: boolean;
  /** Resolved under an exempt (Part 2) item: in the public view only its minute and paragraph remain. */
  exempt?: { paragraph: number };
  /** Set by selectAudience in the public view only: an exempt action whose text, owners and updates are gone. */
  withheld?: true;
  /** Every update, oldest first: history is never overwritten. */
  updates: ActionUpdate[];
  status: ActionStatus;
  /** Date of the meeting at which it was completed (or superseded). */
  closedOn?: string;
  supersededBy?: string;
  src: SourceRef;
}

/** A body, with its name as at any date. */
export interface Body extends BodyConfig {
  memberships: Membership[];
}

/** The whole meetings repository as one model. */
export interface Repository {
  root: string;
  config: Config;
  bodies: Map<string, Body>;
  people: Map<string, Person>;
  groupOwners: Map<string, { id: string; name: string }>;
  /** All meetings, sorted by date then body. */
  meetings: Meeting[];
  /** Every action, keyed by id, in resolution order. */
  actions: Map<string, Action>;
  /** Markdown papers that parsed, by repository path. */
  papers: Map<string, Paper>;
}
