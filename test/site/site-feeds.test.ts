import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_BASE_URL as BASE, buildFeedsSite } from '../helpers/build-feeds-site.js';

let out: string;

beforeAll(async () => {
  out = await buildFeedsSite('sbp-site-feeds-');
}, 240_000);

describe('calendars (read back with node-ical)', () => {
  it('gives each meeting a stable UID, its London time with a VTIMEZONE, and cancelled meetings as CANCELLED', () => {
    const text = readFileSync(path.join(out, 'feeds/board.ics'), 'utf8');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
    expect(text).toMatch(/DTSTART;TZID=Europe\/London:20190620T100000/);
    // DTSTAMP in UTC, and the VTIMEZONE once.
    expect(text).toMatch(/DTSTAMP:20190611T000000Z/);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.map((e) => e.uid)).toEqual([
      'board-2014-06-13@safer-bromley-partnership.sbp',
      'board-2019-03-14@safer-bromley-partnership.sbp',
      'board-2019-06-20@safer-bromley-partnership.sbp',
      'board-2021-09-09@safer-bromley-partnership.sbp',
      'board-2021-12-09@safer-bromley-partnership.sbp',
    ]);
    const june = events[2];
    // 10.00 am in London in June is 09:00 UTC (British Summer Time); in December it is 10:00 UTC.
    expect(june.start.toISOString()).toBe('2019-06-20T09:00:00.000Z');
    expect(events[4].start.toISOString()).toBe('2021-12-09T10:00:00.000Z');
    expect(events[4].status).toBe('CANCELLED');
    expect(june.status).toBe('CONFIRMED');
    expect((june.url as unknown as { val: string }).val ?? june.url).toBe(`${BASE}meetings/board-2019-06-20.html`);
    // The single-meeting file carries the same event.
    const single = Object.values(
      ical.sync.parseICS(readFileSync(path.join(out, 'meetings/board-2019-06-20.ics'), 'utf8')),
    );
    expect(single.find((c) => c?.type === 'VEVENT')).toMatchObject({ uid: june.uid, summary: june.summary });
  });
});

describe('Atom feed (read back with fast-xml-parser)', () => {
  it('lists the published agendas, papers and minutes of the body with absolute links', () => {
    const xml = readFileSync(path.join(out, 'feeds/board.atom'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title).toContain('Safer Bromley Partnership Board');
    const entries = [feed.entry].flat();
    const titles = entries.map((e: { title: { '#text': string } | string }) =>
      typeof e.title === 'string' ? e.title : e.title['#text'],
    );
    expect(titles).toContain('Minutes: Safer Bromley Partnership Strategic Group, Thursday 14 March 2019');
    expect(titles).toContain('Agenda: Safer Bromley Partnership Strategic Group, Thursday 20 June 2019');
    // The cancelled meeting's agenda is not announced.
    expect(titles.some((t: string) => t.includes('9 December 2021'))).toBe(false);
    const ids = entries.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect([e.link].flat()[0]['@_href']).toMatch(new RegExp(`^${BASE}`));
  });
});
