// Generate a realistic, valid meetings repository (bodies x municipal years x meetings), seeded so runs compare.
// Usage: node bench/generate-repository.mjs <dir> [--bodies 5] [--years 10] [--meetings 10] [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same repository. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sample = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

const FIRST = [
  'Alice',
  'Ben',
  'Chloe',
  'David',
  'Elaine',
  'Frank',
  'Grace',
  'Hugh',
  'Imogen',
  'James',
  'Kate',
  'Lucien',
  'Mimi',
  'Nigel',
  'Olive',
  'Philip',
  'Quentin',
  'Rachel',
  'Sharon',
  'Terry',
  'Una',
  'Victor',
  'Wendy',
  'Xavier',
  'Yvonne',
  'Zara',
];
const LAST = [
  'Ashby',
  'Bance',
  'Cree',
  'Dare',
  'Evans',
  'Fenton',
  'Gooding',
  'Helps',
  'Ingram',
  'Jones',
  'Kelly',
  'Lymer',
  'Morris',
  'Nash',
  'Owen',
  'Page',
  'Quinn',
  'Rogers',
  'Stowell',
  'Tait',
  'Upton',
  'Vale',
  'Wood',
  'Young',
  'Zeller',
  'Abbott',
];
const ORGS = [
  'MET Police',
  'London Fire Brigade',
  'London Ambulance Service',
  'National Probation Service',
  'LBB Public Health',
  'LBB Housing',
  'Clarion Housing Group',
  'Victim Support',
  'Bromley CCG',
  "LBB Children's Services",
  'Safer Neighbourhood Board',
  'LBB Community Safety',
];
const TOPICS = [
  'Police update',
  'Fire brigade update',
  'Ambulance service update',
  'Reducing reoffending',
  'Domestic abuse sub-group',
  'Youth offending service',
  'ASB and envirocrime',
  'Gang affiliated young people',
  'Crime performance dashboard',
  'Violence reduction plan',
  'Hate crime',
  'Prevent update',
  'Community impact days',
  'Road safety',
  'Scams and doorstep crime',
  'Knife crime',
  'Night-time economy',
  'Modern slavery',
  'Substance misuse',
  'Safeguarding adults',
  'Emerging issues',
  'Budget and funding',
  'Crime needs assessment',
  'Work plan',
];
const VERBS = [
  'would report back to the Board',
  'would circulate the data to partners',
  'would arrange a briefing for members',
  'would update the action plan',
  'would liaise with the Metropolitan Police',
  'would present the findings at the next meeting',
];
const SENTENCES = [
  'The Board received an update on the latest figures and noted the continuing downward trend.',
  'Members discussed the allocation of resources across the borough and the need for closer joint working.',
  'It was noted that referrals had increased during the quarter and that additional capacity was being sought.',
  'A Member asked about the timescale for the review; officers confirmed it would report in the new year.',
  'The Chairman thanked partners for the comprehensive report and the work behind it.',
  'Partners highlighted the value of sharing information early, particularly where young people were at risk.',
  'The consultation period would close at the end of the month and responses would be summarised for the Board.',
];

/** Options: bodies, years, meetingsPerYear, seed, startYear. Returns the list of files { path, text } of a valid repository. */
export function generateRepositoryFiles({
  bodies = 5,
  years = 10,
  meetingsPerYear = 10,
  seed = 1,
  startYear = 2012,
} = {}) {
  const rnd = createRandom(seed);
  const files = [];
  const bodyIds = Array.from({ length: bodies }, (_, b) => `body-${b + 1}`);
  const people = Array.from({ length: Math.min(26 * 26, 18 * bodies + 20) }, (_, i) => {
    const first = FIRST[i % 26];
    // (7a + k) mod 26 is one-to-one in k, so initials stay unique while surnames vary.
    const last = LAST[(i * 7 + Math.floor(i / 26)) % 26];
    return {
      id: `${first}-${last}-${i}`.toLowerCase(),
      name: `${first} ${last}`,
      title: rnd.pick(ORGS),
      initials: `${first[0]}${last[0]}`,
    };
  });
  // Each body has 18 members; the first is its chairman throughout.
  const members = bodyIds.map((_, b) => people.slice(b * 18, b * 18 + 18));
  const from = `${startYear}-05-01`;
  files.push({ path: 'sbp.yaml', text: formatConfig(bodyIds) });
  files.push({ path: 'roster.yaml', text: formatRoster(people, members, bodyIds, from) });

  bodyIds.forEach((bodyId, b) => {
    const dates = [];
    for (let y = 0; y < years; y++)
      for (let m = 0; m < meetingsPerYear; m++) dates.push(meetingDate(startYear + y, m, meetingsPerYear, b));
    let open = [];
    // The meeting at which each open action was resolved or last updated: clerks chase every action.
    const touched = new Map();
    let minute = 0;
    let year = -1;
    dates.forEach((date, k) => {
      const municipalYear = date.slice(5) >= '05-01' ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
      if (municipalYear !== year) [year, minute] = [municipalYear, 0];
      const minuted = k < dates.length - 1;
      const meeting = generateMeeting({
        rnd,
        bodyId,
        date,
        previous: k > 0,
        next: dates[k + 1],
        members: members[b],
        minuted,
        open,
        // No action goes three meetings without an update (sbp check warns of those as stale).
        chased: open.filter((action) => k - touched.get(action) >= 2),
        nextMinute: () => ++minute,
      });
      files.push({ path: `${bodyId}/${date}.md`, text: meeting.text }, ...meeting.papers);
      for (const action of meeting.touched) touched.set(action, k);
      open = meeting.open;
    });
  });
  return files;
}

/** The k-th meeting of a municipal year: spread over the year, moved off weekends. */
function meetingDate(year, k, perYear, bodyIndex) {
  const step = Math.floor(340 / perYear);
  const day = new Date(Date.UTC(year, 4, 8 + k * step + bodyIndex));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function addDays(date, n) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n);
  return day.toISOString().slice(0, 10);
}

// Kept off the YAML (symbol keys are not written): the model numbers minutes itself.
const MINUTE = Symbol('minute');

function generateMeeting({ rnd, bodyId, date, previous, next, members, minuted, open, chased, nextMinute }) {
  const papers = [];
  const actions = [];
  const items = [{ title: 'Apologies for absence', kind: 'apologies' }];
  if (previous) {
    items.push({
      title: 'Minutes of the previous meeting',
      kind: 'previous-minutes',
      papers: [{ generate: 'previous-minutes' }],
    });
    items.push({ title: 'Matters arising', kind: 'matters-arising', papers: [{ generate: 'matters-arising' }] });
  }
  const topics = rnd.sample(TOPICS, rnd.int(3, 6));
  const exemptAt = rnd.chance(0.2) ? rnd.int(0, topics.length - 1) : -1;
  topics.forEach((title, t) => {
    const item = { title, papers: [], resolutions: [], items: [] };
    const paperCount = t === exemptAt ? 1 : rnd.int(0, 2);
    for (let p = 0; p < paperCount; p++) {
      const paperPath = `papers/${bodyId}/${date}/${slugify(title)}-${p + 1}.md`;
      papers.push({ path: paperPath, text: formatPaper(rnd, `${title}${p ? ' appendix' : ''}`, t === exemptAt) });
      item.papers.push(paperPath);
    }
    if (t === exemptAt) item.exempt = { paragraph: 3 };
    if (rnd.chance(0.3))
      item.items = rnd
        .sample(['Data update', 'Partner feedback', 'Next steps'], rnd.int(1, 2))
        .map((s) => ({ title: `${title}: ${s.toLowerCase()}`, resolutions: [] }));
    items.push(item);
  });
  items.push({ title: 'Date and time of next meeting', kind: 'next-meeting' });

  // Minute numbers run through the municipal year, as the model numbers them; action ids follow.
  for (const item of items) {
    item[MINUTE] = String(nextMinute());
    (item.items ?? []).forEach((sub, i) => {
      sub[MINUTE] = item[MINUTE] + String.fromCharCode(97 + i);
    });
    if (!minuted || item.kind) continue;
    for (const target of [item, ...item.items]) {
      const count = rnd.int(target === item ? 1 : 0, 3);
      for (let r = 0; r < count; r++) {
        const owned = rnd.chance(0.75);
        const owners = owned ? rnd.sample(members, rnd.int(1, 2)).map((p) => p.initials) : [];
        const resolution = {
          text: owned
            ? `${rnd.pick(members).name} ${rnd.pick(VERBS)} on ${target.title.toLowerCase()}.`
            : `the update on ${target.title.toLowerCase()} be noted.`,
          owners,
        };
        if (owned && rnd.chance(0.3)) resolution.due = addDays(date, rnd.int(14, 90));
        target.resolutions.push(resolution);
        if (owned) actions.push(`${bodyId}-${date}-m${target[MINUTE]}${count > 1 ? `-${r + 1}` : ''}`);
      }
    }
  }
  const sampled = new Set(rnd.sample(open, rnd.int(0, Math.min(6, open.length))));
  const updates = open
    .filter((action) => sampled.has(action) || chased.includes(action))
    .map((action) => ({ action, text: rnd.pick(SENTENCES), completes: rnd.chance(0.4) }));
  const closed = new Set(updates.filter((u) => u.completes).map((u) => u.action));
  const attendees = rnd.sample(members.slice(1), members.length - 1);
  const present = [members[0], ...attendees.slice(0, rnd.int(8, 12))];
  const absent = attendees.slice(present.length - 1, present.length + 1);
  const front = {
    body: bodyId,
    date,
    time: '10:00',
    venue: 'Committee Room 1 - Civic Centre',
    status: minuted ? 'minutes-approved' : 'agenda-published',
    attendance: minuted ? { present: present.map((p) => p.id), apologies: absent.map((p) => p.id) } : undefined,
    items,
    updates,
    ended: minuted ? '12:00' : undefined,
    nextMeeting: next ? { date: next, time: '10:00' } : undefined,
  };
  const body = minuted ? formatMinutes(rnd, items) : '';
  return {
    text: `---\n${formatMeetingYaml(front)}---\n${body}`,
    papers,
    open: [...open.filter((a) => !closed.has(a)), ...actions],
    touched: [...updates.map((u) => u.action), ...actions],
  };
}

function formatMinutes(rnd, items) {
  const out = [];
  for (const item of items) {
    out.push(`\n## ${item.title}\n`);
    for (let p = rnd.int(1, 3); p > 0; p--) out.push(`\n${rnd.sample(SENTENCES, rnd.int(2, 4)).join(' ')}\n`);
    for (const sub of item.items ?? []) out.push(`\n### ${sub.title}\n\n${rnd.pick(SENTENCES)}\n`);
  }
  return out.join('');
}

function formatPaper(rnd, title, exempt) {
  const rows = Array.from(
    { length: 4 },
    (_, i) => `| ${2018 + i} | ${rnd.int(10, 400)} | ${rnd.pick(['Red', 'Amber', 'Green'])} |`,
  ).join('\n');
  const front = `title: ${q(title)}\ntemplate: sub-group-report\nauthor: ${q(`${rnd.pick(FIRST)} ${rnd.pick(LAST)}`)}\n${exempt ? 'part: 2\nexemptParagraph: 3\n' : ''}`;
  return `---\n${front}---\n\n## Operational update\n\n${rnd.sample(SENTENCES, 3).join(' ')}\n\n| Year | Incidents | Rating |\n| --- | --- | --- |\n${rows}\n\n## Action for the Partnership\n\n- ${rnd.pick(SENTENCES)}\n- ${rnd.pick(SENTENCES)}\n`;
}

function formatConfig(bodyIds) {
  const bodies = bodyIds
    .map(
      (id, b) =>
        `  - id: ${id}\n    name: Generated Partnership ${['Board', 'Steering Group', 'Delivery Group', 'Tasking Group', 'Forum'][b % 5]} ${b + 1}\n    shortName: GROUP ${b + 1}\n    defaults:\n      time: "10:00"\n      venue: Committee Room 1 - Civic Centre\n`,
    )
    .join('');
  return `partnership: Generated Partnership\ncouncil: London Borough of Example\ncontact:\n  name: Steve Wood\n  telephone: 020 8313 4316\n  email: clerk@example.gov.uk\nmunicipalYearStart: "05-01"\nbodies:\n${bodies}`;
}

function formatRoster(people, members, bodyIds, from) {
  const list = people
    .map((p) => `  - id: ${p.id}\n    name: ${p.name}\n    title: ${q(p.title)}\n    initials: ${p.initials}\n`)
    .join('');
  const seats = bodyIds
    .flatMap((body, b) =>
      members[b].map(
        (p, i) => `  - { person: ${p.id}, body: ${body}, role: ${i === 0 ? 'chairman' : 'member'}, from: "${from}" }\n`,
      ),
    )
    .join('');
  return `people:\n${list}memberships:\n${seats}owners:\n  - id: SBP\n    name: Generated Partnership\n`;
}

/** A minimal YAML writer for the meeting shape (JSON-compatible flow for small values, quoted strings). */
function formatMeetingYaml(value, indent = '') {
  let out = '';
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (Array.isArray(v)) {
      out += `${indent}${key}:\n`;
      for (const entry of v) {
        const inner =
          typeof entry === 'object' ? formatMeetingYaml(entry, `${indent}    `) : `${indent}    ${q(entry)}\n`;
        out +=
          typeof entry === 'object' ? `${indent}  - ${inner.slice(indent.length + 4)}` : `${indent}  - ${q(entry)}\n`;
      }
    } else if (typeof v === 'object') out += `${indent}${key}:\n${formatMeetingYaml(v, `${indent}  `)}`;
    else out += `${indent}${key}: ${typeof v === 'string' ? q(v) : v}\n`;
  }
  return out;
}

function q(text) {
  return JSON.stringify(String(text));
}

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Write the generated repository into `dir` (created); returns the number of meeting files. */
export function writeRepository(dir, options) {
  const files = generateRepositoryFiles(options);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
  return files.filter((f) => /^body-\d+\/.*\.md$/.test(f.path)).length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write(
      'usage: node bench/generate-repository.mjs <dir> [--bodies N] [--years N] [--meetings N] [--seed N]\n',
    );
    process.exit(2);
  }
  const flag = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(rest[i + 1]);
  };
  const count = writeRepository(dir, {
    bodies: flag('bodies', 5),
    years: flag('years', 10),
    meetingsPerYear: flag('meetings', 10),
    seed: flag('seed', 1),
  });
  process.stdout.write(`wrote ${count} meetings to ${dir}\n`);
}
