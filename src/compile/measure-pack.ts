import { createHash } from 'node:crypto';
import { measureSectionLengths } from '../render/compute-pack-layout.js';
import type { PackView } from '../render/pack-view-types.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { type PackMeasure, type PrintContext, printDocument } from './print-context.js';

/** How long the agenda and each section of one pack are, measured from a draft print. */
export interface Lengths {
  front: number;
  sections: number[];
}

/** The key a draft's measure is cached under: the hash of its HTML. */
export function hashOf(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}

/** Measure a draft (from the cache unless `again`): the agenda's pages and each section's. */
async function measure(
  context: PrintContext,
  name: string,
  view: PackView,
  html: string,
  again: boolean,
): Promise<Lengths> {
  const key = hashOf(html);
  let measured = again ? undefined : context.measures?.get(key);
  if (!measured) {
    const pages = await readNamedDestinations((await printDocument(context, html, name, { text: '' }, true)).pdf);
    const starts = view.sections.map((s) => pages.pages.get(s.id) ?? NaN);
    if (starts.some(Number.isNaN)) throw new Error('a paper section left no page mark in the printed pack');
    measured = { starts, pageCount: pages.pageCount } satisfies PackMeasure;
    context.measures?.set(key, measured);
  }
  return { front: measured.starts[0] - 1, sections: measureSectionLengths(measured.starts, measured.pageCount) };
}

/** Measure each draft of a pack in turn (one browser page at a time), from the cache unless `again`. */
export async function measureAll(
  context: PrintContext,
  name: string,
  view: PackView,
  drafts: readonly string[],
  again: boolean,
): Promise<Lengths[]> {
  const all: Lengths[] = [];
  for (const html of drafts) all.push(await measure(context, name, view, html, again));
  return all;
}
