import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeAttendance } from '../../src/model/compute-attendance.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { listFiles } from '../helpers/site-files.js';

const BASE = 'https://sbp.example.org/';
let out: string;

beforeAll(async () => {
  // The bundled repository, with the December 2021 meeting called off.
  const repo = copyRepo(BUNDLED_MEETINGS, {
    'board/2021-12-09.md': (text) =>
      text.replace('status: agenda-published\n', 'status: agenda-published\ncancelled: true\n'),
  });
  out = makeTempDir('sbp-site-feeds-');
  const result = await buildSite({ dir: repo, out, baseUrl: BASE, pdf: false });
  expect(result.diagnostics).toEqual([]);
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

describe('attendance CSV (read back with csv-parse)', () => {
  it('holds every record of the model, one row per person per meeting', async () => {
    const rows = parseCsv(readFileSync(path.join(out, 'data/attendance.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const { repository } = await checkRepository(BUNDLED_MEETINGS, { bodies: 'outline' });
    const expected = [...computeAttendance(repository!).values()].reduce((n, a) => n + a.records.length, 0);
    expect(rows).toHaveLength(expected);
    expect(rows.filter((r) => r.person_id === 'rob-vale').map((r) => [r.date, r.outcome])).toEqual([
      ['2014-06-13', 'present'],
      ['2019-03-14', 'apologies'],
      ['2021-09-09', 'present'],
    ]);
    const summary = parseCsv(readFileSync(path.join(out, 'data/attendance-summary.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(summary.find((r) => r.person_id === 'rob-vale' && r.municipal_year === 'total')).toMatchObject({
      expected: '3',
      present: '2',
      apologies: '1',
      absent: '0',
    });
  });
});

describe('OParl 1.1 open data', () => {
  it('validates every object against the OParl schemas, each with its id and type', () => {
    const schemaDir = path.join(PROJECT_ROOT, 'test/fixtures/oparl-schema');
    // OParl's patterns escape ':' and '/', which unicode regular expressions refuse; its extra keywords are notes.
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
    // ajv-formats is CommonJS: its function is the default export's default.
    const addFormats =
      (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addFormat('url', /^https?:\/\/[^\s]+$/);
    const validators = new Map(
      readdirSync(schemaDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.replace('.json', ''), ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8')))]),
    );
    const seen = new Map<string, number>();
    const check = (value: unknown, where: string) => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) check(v, `${where}[${i}]`);
        return;
      }
      if (!value || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      if (typeof object.type === 'string' && object.type.startsWith('https://schema.oparl.org/1.1/')) {
        const name = object.type.split('/').pop()!;
        const validate = validators.get(name)!;
        expect(validate, `no schema for ${name}`).toBeDefined();
        expect(validate(object), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
        // Objects in their own files are named by them; embedded ones (File, Location) by their document.
        expect(object.id, where).toMatch(new RegExp(`^${BASE}`));
        seen.set(name, (seen.get(name) ?? 0) + 1);
      }
      for (const [key, v] of Object.entries(object)) check(v, `${where}.${key}`);
    };
    const files = listFiles(out).filter((f) => f.startsWith('data/oparl/'));
    for (const f of files) check(JSON.parse(readFileSync(path.join(out, f), 'utf8')), f);
    for (const type of [
      'System',
      'Body',
      'LegislativeTerm',
      'Organization',
      'Person',
      'Membership',
      'Meeting',
      'AgendaItem',
      'Paper',
      'File',
      'Location',
    ])
      expect(seen.get(type), type).toBeGreaterThan(0);
    const march = JSON.parse(readFileSync(path.join(out, 'data/oparl/meeting/board-2019-03-14.json'), 'utf8'));
    const m64 = march.agendaItem.find((i: { number: string }) => i.number === '8');
    expect(m64).toMatchObject({ public: true, resolutionText: expect.stringContaining('RESOLVED that') });
    const december = JSON.parse(readFileSync(path.join(out, 'data/oparl/meeting/board-2021-12-09.json'), 'utf8'));
    expect(december).toMatchObject({ cancelled: true, start: '2021-12-09T10:00:00+00:00' });
    expect(march.start).toBe('2019-03-14T10:00:00+00:00');
    const system = JSON.parse(readFileSync(path.join(out, 'data/oparl/system.json'), 'utf8'));
    expect(system).toMatchObject({
      type: 'https://schema.oparl.org/1.1/System',
      oparlVersion: 'https://schema.oparl.org/1.1/',
    });
  });
});
