/** How bad a finding is: errors fail `sbp check`, warnings only with --strict. */
export type Severity = 'error' | 'warning';

/** One entry of the catalogue: default severity, what the check means, and an example message. */
export interface CheckCodeInfo {
  severity: Severity;
  summary: string;
  example: string;
}

/** Every stable check code sbp reports, with its meaning. Codes never change once released. */
export const CHECK_CODES = {
  'file-unreadable': {
    severity: 'error',
    summary: 'A file could not be read from disk.',
    example: 'cannot read board/2021-09-09.md: permission denied',
  },
  'file-empty': {
    severity: 'error',
    summary: 'A file that must hold content is empty.',
    example: 'board/2021-12-09.md is empty',
  },
  'file-encoding': {
    severity: 'error',
    summary: 'A file is not valid UTF-8 text.',
    example: 'this file is not UTF-8 text: byte 0xE9 at line 12 cannot be decoded',
  },
  'file-binary': {
    severity: 'error',
    summary: 'A text file holds binary data (a NUL byte).',
    example: 'this file holds binary data (a NUL byte at line 3), not text',
  },
  'file-too-large': {
    severity: 'error',
    summary: 'A text file is larger than sbp reads.',
    example: 'this file is 5.2 MB; sbp reads meeting files and papers up to 2 MB',
  },
  'path-outside-repository': {
    severity: 'error',
    summary: 'A path or symlink leads outside the meetings repository.',
    example: 'papers/../../etc/passwd is outside the meetings repository',
  },
  'config-missing': {
    severity: 'error',
    summary: 'The repository has no sbp.yaml.',
    example: 'no sbp.yaml in /home/clerk/meetings',
  },
  'roster-missing': {
    severity: 'error',
    summary: 'The repository has no roster.yaml.',
    example: 'no roster.yaml in /home/clerk/meetings',
  },
  'yaml-syntax': {
    severity: 'error',
    summary: 'YAML that cannot be parsed (bad indentation, tabs, unclosed quotes...).',
    example: 'YAML syntax: tabs are not allowed as indentation',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    summary: 'The same key twice in one YAML mapping.',
    example: 'the key "date" appears twice in this mapping',
  },
  'front-matter-missing': {
    severity: 'error',
    summary: 'A meeting or paper file does not start with --- front matter.',
    example: 'this file has no front matter: it must start with a line "---"',
  },
  'front-matter-unterminated': {
    severity: 'error',
    summary: 'The front matter is opened with --- but never closed.',
    example: 'the front matter opened at line 1 is never closed by a line "---"',
  },
  'schema-invalid': {
    severity: 'error',
    summary: 'A value has the wrong type or form, or a required key is missing.',
    example: 'item 4 "Police update", resolution 1, due: expected a date written as YYYY-MM-DD, e.g. 2021-09-09',
  },
  'unknown-key': {
    severity: 'error',
    summary: 'A key sbp does not know (often a typo).',
    example: 'unknown key "resolution" (did you mean "resolutions"?)',
  },
  'duplicate-id': {
    severity: 'error',
    summary: 'Two people, bodies or owners share an id.',
    example: 'the person id "rob-vale" is used twice (also for Rob Vale)',
  },
  'unknown-body': {
    severity: 'error',
    summary: 'A body id that sbp.yaml does not define.',
    example: 'unknown body "bord" (did you mean "board"?)',
  },
  'file-name-mismatch': {
    severity: 'warning',
    summary: "A meeting file's folder or name disagrees with its body or date.",
    example: 'this file is named 2021-09-10.md but its date is 2021-09-09',
  },
  'unknown-person': {
    severity: 'error',
    summary: 'A person id or initials not in roster.yaml.',
    example: 'unknown person "rob-vail" (did you mean "rob-vale"?)',
  },
  'ambiguous-initials': {
    severity: 'error',
    summary: 'Initials that belong to more than one person at that date.',
    example: 'the initials "SB" could mean Sharon Baldwin (sharon-baldwin) or Sara Bowrey (sara-bowrey) on 2019-06-20',
  },
  'present-and-apologies': {
    severity: 'error',
    summary: 'A person is both present and giving apologies.',
    example: 'Rob Vale is listed as present and as giving apologies',
  },
  'substitute-not-member': {
    severity: 'error',
    summary: 'A substitute attends for someone who is not a member of the body.',
    example: 'Lisa Ramsell substitutes for Rose Cree, who is not a member of this body on 14 March 2019',
  },
  'chair-not-present': {
    severity: 'error',
    summary: 'The person in the chair is not among those present.',
    example: 'the chair, Councillor Kate Lymer, is not listed as present',
  },
  'not-a-member': {
    severity: 'warning',
    summary: 'A person listed as a member at a meeting has no membership of that body at that date.',
    example: 'Sarah Newman is listed as present but is not a member of "board" on 9 September 2021',
  },
  'membership-overlap': {
    severity: 'error',
    summary: 'Two memberships of one person in one body overlap.',
    example: 'Rob Vale already has a membership of "board" from 2018-05-01 that overlaps this one',
  },
  'minute-duplicate': {
    severity: 'error',
    summary: 'Two items of a body in one municipal year share a minute number.',
    example: 'minute 60 was already used earlier in the 2018/19 municipal year; the next free number is 76',
  },
  'minute-gap': {
    severity: 'error',
    summary: 'Minute numbers skip a number within a municipal year.',
    example: 'minute numbers jump from 40 to 45: 41 to 44 are missing',
  },
  'minute-mismatch': {
    severity: 'error',
    summary: 'An explicit minute number disagrees with the sequence.',
    example: 'this sub-item is minute 68c in sequence, but says minute 68a',
  },
  'minute-letter-skipped': {
    severity: 'warning',
    summary: 'An explicit sub-item letter skips letters that skippedMinutes does not list.',
    example: 'sub-item minute 16c skips 16a and 16b',
  },
  'previous-meeting-unknown': {
    severity: 'warning',
    summary: 'sbp cannot tell which meeting came before this one, or where its minute numbers ended.',
    example:
      "this meeting's minutes start at 12, so the board met earlier in the 2025/26 municipal year, but its latest earlier meeting in the repository is of 13 June 2024 (2024/25)",
  },
  'previous-meeting-conflict': {
    severity: 'error',
    summary: 'A declared previous meeting contradicts the repository or this meeting.',
    example:
      'previousMeeting says the meeting before this one was on 16 May 2024, but the board also met on 13 June 2024 (board/2024-06-13.md)',
  },
  'previous-minutes-unavailable': {
    severity: 'warning',
    summary: 'The previous meeting has no minutes the pack can carry.',
    example:
      'the minutes of the meeting of 12 September 2024 (board/2024-09-12.md) are not written yet, so item 2 carries no paper',
  },
  'agenda-date-mismatch': {
    severity: 'error',
    summary: 'A previous-minutes item names a date other than that of the previous meeting it carries.',
    example:
      'the title names 13 May 2024, but the previous meeting of the board was on 13 June 2024 (board/2024-06-13.md)',
  },
  'meeting-duplicate': {
    severity: 'error',
    summary: 'Two meetings of one body on one date.',
    example: 'the board already meets on 2021-09-09 in board/2021-09-09.md',
  },
  'paper-missing': {
    severity: 'error',
    summary: 'A paper named by an item does not exist.',
    example: 'paper papers/2021-12-09/dashboard.pdf does not exist',
  },
  'paper-invalid': {
    severity: 'error',
    summary: 'A paper is not a Markdown file or a readable PDF.',
    example: 'papers/x.pdf is not a PDF (it does not start with %PDF-)',
  },
  'paper-untagged': {
    severity: 'warning',
    summary: 'A PDF paper has no tags (it is not a tagged PDF), so it cannot be accessible in the pack.',
    example:
      'papers/2021-12-09/dashboard.pdf is not a tagged PDF: in the pack it becomes one figure described by its title, and its text cannot be read out',
  },
  'paper-tags-dropped': {
    severity: 'warning',
    summary: "A tagged PDF paper's tags could not be kept in the pack (sbp build).",
    example:
      'the tags of papers/2021-12-09/dashboard.pdf could not be kept (a stream with the filter LZWDecode), so it is one figure described by its title',
  },
  'action-duplicate': {
    severity: 'error',
    summary: 'Two resolutions with owners have the same action id (an explicit id clashes).',
    example: 'the action id "board-2019-03-14-m64" is already used by minute 64 of 2019-03-14',
  },
  'action-stale': {
    severity: 'warning',
    summary: 'An open action has gone 3 or more later meetings of its body with no update.',
    example: 'board-2024-06-13-m2-1 has been open for 3 meetings with no update since 13 June 2024',
  },
  'update-unknown-action': {
    severity: 'error',
    summary: 'An update names an action that does not exist.',
    example: 'no action "board-2019-03-14-m46"; nearest: board-2019-03-14-m64',
  },
  'update-completed-action': {
    severity: 'error',
    summary: 'An update to an action already completed at an earlier meeting.',
    example: 'board-2019-03-14-m70 was completed on 2019-06-20',
  },
  'update-duplicate': {
    severity: 'error',
    summary: 'Two updates to one action in one meeting.',
    example: 'board-2019-03-14-m64 already has an update in this meeting',
  },
  'update-not-earlier': {
    severity: 'error',
    summary: 'An update names an action of the same or a later meeting.',
    example:
      'board-2021-12-09-m45 was resolved at this meeting or after it (2021-12-09); updates report on actions of earlier meetings',
  },
  'heading-unmatched': {
    severity: 'error',
    summary: 'A heading in the minutes matches no agenda item.',
    example: 'the heading "Polise update" matches no agenda item (did you mean "Police update"?)',
  },
  'heading-missing': {
    severity: 'warning',
    summary: 'An item with resolutions has no heading in the minutes.',
    example: 'item 63 "Police update" has resolutions but no heading in the minutes',
  },
  'heading-duplicate': {
    severity: 'error',
    summary: 'Two headings for one item.',
    example: 'a heading for "Police update" already stands at line 20',
  },
  'heading-number-mismatch': {
    severity: 'error',
    summary: "A heading's minute number disagrees with the item its title names.",
    example: 'the heading says minute 47 but "Police update" is minute 46',
  },
  'date-impossible': {
    severity: 'error',
    summary: 'Dates or times that cannot be so (ended before it began, until before from...).',
    example: 'the meeting ended at 09:30, not after it began at 10:00',
  },
  'unknown-owner': {
    severity: 'error',
    summary: 'An action owner that is no person, initials or group owner.',
    example: 'unknown owner "XY" (did you mean "XB"?)',
  },
  'owner-not-current': {
    severity: 'warning',
    summary: "Owner initials that, at the meeting's date, belong to someone who is no longer (or not yet) involved.",
    example: '"KN" means Katie Nash, who is not a member of any body on 2021-09-09',
  },
  'due-before-meeting': {
    severity: 'error',
    summary: 'An action due before the meeting that resolved it.',
    example: 'due 2019-03-01 is before the meeting of 2019-03-14',
  },
  'supersedes-unknown': {
    severity: 'error',
    summary: 'A resolution supersedes an action that does not exist or is not earlier.',
    example: 'no earlier action "board-2019-03-14-m99" to supersede',
  },
  'status-mismatch': {
    severity: 'warning',
    summary: "The meeting's status disagrees with its content.",
    example: 'status is minutes-approved but the file has no minutes',
  },
  'exempt-paper-public-item': {
    severity: 'warning',
    summary: 'A Part 2 paper in an item not marked exempt (it will be withheld from the public pack).',
    example: 'papers/x.md is Part 2 (exempt) but item 5 "Knife crime action plan" is not marked exempt',
  },
  'text-outside-item': {
    severity: 'warning',
    summary: 'Minutes text before the first item heading (it belongs to no item and is not printed).',
    example: 'this text stands before the first item heading and belongs to no item, so it is not printed',
  },
  'resolution-in-body': {
    severity: 'warning',
    summary: 'A RESOLVED paragraph written in the minutes text instead of the front matter.',
    example: 'this RESOLVED paragraph is not tracked as a resolution and will print as plain text',
  },
  'resolved-marker-duplicate': {
    severity: 'warning',
    summary: 'A second RESOLVED marker line in one item (the resolutions print at the first).',
    example: '"Police update" already has a RESOLVED marker at line 40; the resolutions print there',
  },
  'image-missing': {
    severity: 'warning',
    summary: 'An image in a paper or the minutes does not exist.',
    example: 'image charts/arson.png does not exist: the PDF shows its alt text instead',
  },
  'image-refused': {
    severity: 'warning',
    summary: 'An image that is remote or outside the repository, left out of the PDF.',
    example: 'remote image https://example.com/x.png is not included',
  },
  'image-alt-missing': {
    severity: 'warning',
    summary: 'An image without alt text (a screen reader has nothing to say for it).',
    example: 'the image charts/arson.png has no alt text',
  },
  'reference-undefined': {
    severity: 'warning',
    summary: 'A reference link, reference image or footnote whose definition is missing (it prints as plain text).',
    example: 'the reference [council site][1] has no definition "[1]: ...", so it prints as plain text',
  },
  'markdown-too-complex': {
    severity: 'error',
    summary: 'A paragraph with more emphasis and bracket marks than sbp reads (it is left out).',
    example:
      'this paragraph has 20000 emphasis and bracket marks; sbp reads at most 1000 in one paragraph, so it is left out',
  },
  'markdown-too-deep': {
    severity: 'error',
    summary: 'Lists, quotes or raw HTML nested deeper than sbp reads (left out).',
    example: 'lists and quotes nest 40 deep on this line; sbp reads at most 32 levels, so it is left out',
  },
  'build-failed': {
    severity: 'error',
    summary: 'A document of a meeting could not be built (sbp build).',
    example: 'board-2019-06-20-agenda.pdf was not written: Chromium took longer than 60 s printing board-2019-06-20',
  },
  'print-timeout': {
    severity: 'error',
    summary: 'Chromium could not print a paper within its time limit (sbp build).',
    example: 'Chromium could not print this paper within 60 s, so board-2021-12-09-agenda.pdf was not written',
  },
  'template-missing': {
    severity: 'error',
    summary: 'A templates folder or stylesheet named in sbp.yaml does not exist.',
    example: 'templates/extra.css does not exist as a file',
  },
  'update-empty': {
    severity: 'warning',
    summary: 'An update entry whose text is still empty (sbp new-minutes leaves them so).',
    example: 'no update written yet on board-2019-03-14-m64',
  },
  'internal-error': {
    severity: 'error',
    summary: 'sbp failed on this file: a bug in sbp, please report it.',
    example: 'internal error while checking this file: ...',
  },
} as const satisfies Record<string, CheckCodeInfo>;

/** A stable check code. */
export type CheckCode = keyof typeof CHECK_CODES;
