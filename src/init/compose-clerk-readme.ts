import { CI_SHARDS, CI_STEP_NAMES } from './compose-ci-workflow.js';

/** The clerks' README of a new meetings repository: where things go and the day-to-day commands. */
export function composeClerkReadme(o: {
  partnership: string;
  bodyId: string;
  bodyName: string;
  firstMeeting: string;
  owner: string;
  sbpPackage: string;
}): string {
  const first = `${o.bodyId}/${o.firstMeeting}.md`;
  return `# ${o.partnership}: meetings

This repository holds the meetings of the ${o.partnership}: agendas, papers, minutes and actions, as
Markdown and YAML. [sbp](https://www.npmjs.com/package/sbp) checks them and prints the agenda packs and
minutes as PDF.

## Where things go

| Path | What it holds |
| --- | --- |
| \`sbp.yaml\` | The partnership, the clerk's contact details (printed on every front sheet), the bodies and their standing items. |
| \`roster.yaml\` | People, their seats on each body (role, from, until) and group owners of actions such as \`${o.owner}\`. |
| \`${o.bodyId}/YYYY-MM-DD.md\` | One file per meeting of the ${o.bodyName}: the agenda items in the front matter, the minutes below it. |
| \`papers/YYYY-MM-DD/*.md\` or \`.pdf\` | Reports for the pack, named from an item's \`papers:\` list. |
| \`out/\` | Built PDFs (not committed). |

The first meeting is \`${first}\`: edit it, then replace the placeholder people in \`roster.yaml\` and the
contact in \`sbp.yaml\`.

## Every day

\`\`\`sh
npm install --global ${o.sbpPackage}   # once; sbp needs Node.js 22 or later and Chromium or Chrome
sbp check                       # every fault, with file:line:column and how to fix it
sbp new-meeting --body ${o.bodyId} --date 2025-09-18   # the next meeting, with its minute numbers and open actions
sbp build ${o.bodyId}-${o.firstMeeting}       # out/${o.bodyId}-${o.firstMeeting}-agenda.pdf (and -minutes.pdf once minuted)
sbp build --all --full          # every changed meeting, with the members' pack holding exempt items
sbp actions --open              # outstanding actions, owners and latest updates
\`\`\`

## Writing the minutes

- Each resolution goes in the item's \`resolutions:\` with its \`owners:\` (initials or person ids from the roster):
  sbp numbers the minutes through the municipal year and names each action, e.g. \`${o.bodyId}-${o.firstMeeting}-m3\`.
- Under the front matter, write \`## <item title>\` for each item and its narrative beneath.
- At a later meeting, report progress in \`updates:\` (\`action:\`, \`text:\`, \`completes: true\` to close it);
  the Matters Arising report is generated from them.
- Exempt (Part 2) papers carry \`part: 2\` and their item \`exempt: { paragraph: 3 }\`: they are never in the public pack.

## Pull requests

Propose every change in a pull request. The workflow \`.github/workflows/sbp.yml\` then:

${[...CI_STEP_NAMES.check, ...CI_STEP_NAMES.build].map((name, i) => `${i + 1}. ${name}`).join('\n')}

It runs on every pull request and every push to \`main\`. Faults appear as annotations on the changed lines.
The PDFs of the changed meetings (and of every later meeting of the same body, whose Matters Arising reads
them) are attached to the run as the artifact **packs-1-of-1**: check them before merging and publishing. A
change to \`sbp.yaml\`, \`roster.yaml\` or the templates rebuilds every document, spread over
${CI_SHARDS} jobs (artifacts **packs-1-of-${CI_SHARDS}** to **packs-${CI_SHARDS}-of-${CI_SHARDS}**; \`SBP_SHARDS\` at the top of the workflow
sets how many). To install sbp from elsewhere, change \`SBP_PACKAGE\` there (e.g. \`github:owner/sbp#v1.2.0\`).
`;
}
