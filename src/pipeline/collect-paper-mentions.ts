import type { PaperMention } from '../load/read-paper-refs.js';
import type { MeetingSource } from '../model/build-model.js';

/** Every paper path a meeting names, with the YAML path of the mention (for diagnostics). */
export function collectPaperMentions(meetings: readonly MeetingSource[]): PaperMention[] {
  const mentions: PaperMention[] = [];
  for (const { file, front } of meetings) {
    const minutes = front.previousMeeting?.minutes;
    if (minutes !== undefined && minutes !== 'none')
      mentions.push({ path: minutes, src: { file, path: ['previousMeeting', 'minutes'] } });
    front.items.forEach((item, i) => {
      const lists = [
        { papers: item.papers, path: ['items', i] as (string | number)[] },
        ...item.items.map((sub, j) => ({ papers: sub.papers, path: ['items', i, 'items', j] })),
      ];
      for (const { papers, path } of lists) {
        papers.forEach((p, k) => {
          if (typeof p === 'string') mentions.push({ path: p, src: { file, path: [...path, 'papers', k] } });
          else if ('path' in p) mentions.push({ path: p.path, src: { file, path: [...path, 'papers', k, 'path'] } });
        });
      }
    });
  }
  return mentions;
}
