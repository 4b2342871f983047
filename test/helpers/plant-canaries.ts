import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { BUNDLED_MEETINGS, copyRepo } from './make-temp-repo.js';

/**
 * A distinct word for every field an exempt item can carry (its title aside: titles are public), and
 * for the confidential papers: each must reach the members' outputs and no public one.
 */
export const CANARIES = {
  description: 'qxdescriptioncanary',
  reason: 'qxreasoncanary',
  reportNumber: 'QXREPORTCANARY',
  resolution: 'qxresolutioncanary',
  secondResolution: 'qxsecondresolutioncanary',
  actionId: 'board-qxactionidcanary',
  due: '2019-08-27',
  owner: 'QXOWNERCAN',
  narrative: 'qxnarrativecanary',
  postNote: 'qxpostnotecanary',
  subDescription: 'qxsubdescriptioncanary',
  subResolution: 'qxsubresolutioncanary',
  subNarrative: 'qxsubnarrativecanary',
  paperTitle: 'qxpapertitlecanary',
  paperAuthor: 'qxpaperauthorcanary',
  markdownPaper: 'qxmarkdownpapercanary',
  pdfTitle: 'qxpdftitlecanary',
  pdfPaper: 'qxpdfpapercanary',
  update: 'qxupdatecanary',
  part2InPublicItem: 'qxparttwopapercanary',
} as const;

/** Other spellings a canary prints as: the due date as a long date. */
export const CANARY_SPELLINGS: Record<string, string[]> = { due: ['27 August 2019'] };

const TITLE = 'Update on the Home Office locality review report on serious violence and gangs in Bromley';
const SUB_TITLE = 'Locality review working group';

/** A PDF of `pages` pages, each printing `lines` as real text (not an image), written with @cantoo/pdf-lib. */
export async function makeTextPdf(lines: string[], pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    for (const [i, line] of lines.entries())
      page.drawText(`${line} (page ${p + 1})`, { x: 72, y: 760 - i * 18, size: 12, font });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A copy of the bundled repository in which minute 64 of 14 March 2019 is exempt and carries a canary
 * in every field, with a Part 2 Markdown paper, a PDF paper, a sub-item, minutes text and a
 * post-meeting note; 20 June 2019 reports an update on its action and holds a Part 2 paper in a public item.
 */
export async function plantCanaries(): Promise<string> {
  const c = CANARIES;
  const dir = copyRepo(BUNDLED_MEETINGS, {
    'roster.yaml': (text) => `${text.trimEnd()}\n  - id: ${c.owner}\n    name: Locality review group\n`,
    'board/2019-03-14.md': (text) =>
      replaceOnce(
        replaceOnce(
          text,
          `  - title: ${TITLE}\n    resolutions:\n      - text: the update is noted and a further update is provided at the next meeting.\n        owners: [AM, RV]\n`,
          [
            `  - title: ${TITLE}`,
            `    exempt: { paragraph: 3, reason: ${c.reason} }`,
            `    description: The ${c.description} is discussed.`,
            `    reportNumber: ${c.reportNumber}`,
            '    papers:',
            '      - papers/2019-03-14/locality-plan.md',
            `      - { path: papers/2019-03-14/locality-plan.pdf, title: The ${c.pdfTitle} }`,
            '    resolutions:',
            `      - text: the ${c.resolution} is agreed.`,
            `        id: ${c.actionId}`,
            `        due: "${c.due}"`,
            `        owners: [${c.owner}, AM]`,
            `      - text: the ${c.secondResolution} is noted.`,
            '        owners: [RV]',
            '    items:',
            `      - title: ${SUB_TITLE}`,
            `        description: The ${c.subDescription} meets.`,
            '        resolutions:',
            `          - text: the ${c.subResolution} is set up.`,
            '            owners: [RV]',
            '',
          ].join('\n'),
        ),
        '*\\*MEGA refers to Multi Agency, Missing, Exploitation, and Gang Affiliation Panel.*\n',
        [
          '*\\*MEGA refers to Multi Agency, Missing, Exploitation, and Gang Affiliation Panel.*',
          '',
          `The ${c.narrative} was reported.`,
          '',
          `Post Meeting Note: the ${c.postNote} met on 2 May 2019.`,
          '',
          `### ${SUB_TITLE}`,
          '',
          `The ${c.subNarrative} was described.`,
          '',
        ].join('\n'),
      ),
    'board/2019-06-20.md': (text) =>
      replaceOnce(
        text,
        '  - action: board-2019-03-14-m64\n    text: The item will be updated upon by Betty McDonald',
        `  - action: ${c.actionId}\n    text: The ${c.update} said that the item will be updated upon by Betty McDonald`,
      ),
    'board/2021-09-09.md': (text) =>
      replaceOnce(text, '  - action: board-2019-03-14-m64\n', `  - action: ${c.actionId}\n`),
    'papers/2019-06-20/domestic-abuse-sub-group.md': (text) =>
      `${replaceOnce(text, '---\n', '---\npart: 2\nexemptParagraph: 1\n')}\nThe ${c.part2InPublicItem} is confidential.\n`,
  });
  const papers = path.join(dir, 'papers/2019-03-14');
  mkdirSync(papers, { recursive: true });
  writeFileSync(
    path.join(papers, 'locality-plan.md'),
    [
      '---',
      `title: The ${c.paperTitle}`,
      `author: ${c.paperAuthor}`,
      'part: 2',
      'exemptParagraph: 3',
      '---',
      '',
      '## The plan',
      '',
      `The ${c.markdownPaper} is the plan.`,
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(papers, 'locality-plan.pdf'), await makeTextPdf([`The ${c.pdfPaper} is confidential.`], 2));
  return dir;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`plantCanaries: "${from.slice(0, 60)}" not found`);
  return text.replace(from, to);
}
