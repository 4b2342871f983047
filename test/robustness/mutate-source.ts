import type { createRandom } from '../../bench/generate-repository.mjs';

/** The seeded random source the mutations draw from. */
export type Random = ReturnType<typeof createRandom>;

/** A named way of damaging a file, as a clerk's editor, a bad merge or a hostile contributor might. */
export interface Mutation {
  name: string;
  apply(bytes: Uint8Array, rnd: Random): Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Mutate text line by line (the file is valid UTF-8 to begin with, or garbled predictably). */
function onLines(name: string, edit: (lines: string[], rnd: Random) => void): Mutation {
  return {
    name,
    apply(bytes, rnd) {
      const lines = decoder.decode(bytes).split('\n');
      edit(lines, rnd);
      return encoder.encode(lines.join('\n'));
    },
  };
}

const lineAt = (lines: string[], rnd: Random) => rnd.int(0, Math.max(0, lines.length - 1));

/** Values that have the wrong type almost anywhere they land. */
const WRONG_VALUES = [
  '[]',
  '{}',
  '42',
  '-1',
  'true',
  'null',
  '~',
  '""',
  "''",
  '[1, [2, [3]]]',
  '{ a: { b: c } }',
  '2021-13-45',
  '"24:61"',
  '&anchor [*anchor]',
  '!!binary aGVsbG8=',
  '.nan',
  '0x1F',
  '|',
  '>-',
  '- a',
  '"\\u0000"',
  '*undefinedAlias',
  '9999-99-99',
];
const SPECIAL = [
  ':',
  '#',
  '-',
  '\t',
  '"',
  "'",
  '*',
  '&',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '{',
  '}',
  '[',
  ']',
  ',',
  '?',
  '\\',
  '\r',
  '\u00a0',
  '\u202e',
  '\ufeff',
];

/** Every mutation the fuzz test draws from. */
export const MUTATIONS: Mutation[] = [
  onLines('delete a line', (lines, rnd) => void lines.splice(lineAt(lines, rnd), 1)),
  onLines('duplicate a line', (lines, rnd) => {
    const i = lineAt(lines, rnd);
    lines.splice(i, 0, lines[i]);
  }),
  onLines('swap two lines', (lines, rnd) => {
    const [i, j] = [lineAt(lines, rnd), lineAt(lines, rnd)];
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }),
  onLines("swap a value's type", (lines, rnd) => {
    const keyed = lines.map((l, i) => (/^\s*(- )?[A-Za-z]+:/.test(l) ? i : -1)).filter((i) => i >= 0);
    const i = keyed.length ? rnd.pick(keyed) : lineAt(lines, rnd);
    lines[i] = lines[i].replace(/:.*$/, `: ${rnd.pick(WRONG_VALUES)}`);
  }),
  onLines('misspell a key', (lines, rnd) => {
    const i = lineAt(lines, rnd);
    lines[i] = lines[i].replace(
      /([A-Za-z]+):/,
      (_, key: string) => `${key.slice(0, -1) || 'x'}${rnd.pick(['', 'z', 's'])}:`,
    );
  }),
  onLines('re-indent a line', (lines, rnd) => {
    const i = lineAt(lines, rnd);
    lines[i] = rnd.chance(0.5) ? `${rnd.pick([' ', '  ', '\t', '    '])}${lines[i]}` : lines[i].replace(/^\s{1,2}/, '');
  }),
  onLines('insert a special character', (lines, rnd) => {
    const i = lineAt(lines, rnd);
    const at = rnd.int(0, lines[i].length);
    lines[i] = lines[i].slice(0, at) + rnd.pick(SPECIAL) + lines[i].slice(at);
  }),
  onLines(
    'insert a fence',
    (lines, rnd) =>
      void lines.splice(
        lineAt(lines, rnd),
        0,
        rnd.pick(['---', '...', '```', '<!--', '# ', '## ', '## Matters arising']),
      ),
  ),
  onLines('nest deeply', (lines, rnd) => {
    const depth = rnd.int(200, 3000);
    const nested = rnd.pick([
      `deep: ${'['.repeat(depth)}${']'.repeat(depth)}`,
      `deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
      Array.from({ length: Math.min(depth, 400) }, (_, d) => `${'  '.repeat(d)}k${d}:`).join('\n'),
      `${'>'.repeat(depth)} quoted`,
      `${'- '.repeat(Math.min(depth, 1000))}item`,
    ]);
    lines.splice(lineAt(lines, rnd), 0, nested);
  }),
  onLines('huge string', (lines, rnd) => {
    const huge = rnd.pick(['x', 'ab ', '\u00e9', '\ud83d\ude00', '*', '[', '`']).repeat(rnd.int(20_000, 300_000));
    const i = lineAt(lines, rnd);
    lines[i] = rnd.chance(0.5) ? lines[i].replace(/:.*$/, `: "${huge.replace(/"/g, '')}"`) : lines[i] + huge;
  }),
  onLines('alias bomb', (lines, rnd) => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'.split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[k]}`).join(',')}]`),
    ];
    lines.splice(Math.min(1, lines.length), 0, ...bomb.slice(0, rnd.int(3, bomb.length)));
  }),
  {
    name: 'truncate',
    apply: (bytes, rnd) => bytes.slice(0, rnd.int(0, bytes.length)),
  },
  {
    name: 'insert random bytes',
    apply(bytes, rnd) {
      const at = rnd.int(0, bytes.length);
      const noise = Uint8Array.from({ length: rnd.int(1, 16) }, () => rnd.int(0, 255));
      return Uint8Array.from([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
    },
  },
  {
    name: 'flip a byte',
    apply(bytes, rnd) {
      const copy = Uint8Array.from(bytes);
      if (copy.length) copy[rnd.int(0, copy.length - 1)] ^= 1 << rnd.int(0, 7);
      return copy;
    },
  },
];
