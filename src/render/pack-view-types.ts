/** One agenda line with its sub-items. */
export interface AgendaItemView {
  number: string;
  title: string;
  /** Anchor of the item's first paper section, when it has papers in this pack. */
  anchor?: string;
  /** "(Pages 5 - 20)", filled in once the pack has been laid out. */
  pages?: string;
  paragraphs: string[];
  /** "5pm on 14th June 2019": the deadline sentence of a questions item. */
  questionsBy?: string;
  nextMeeting?: string;
  exempt?: string;
  items: AgendaItemView[];
}

/** A section of the pack after the agenda: one paper, or a blank left-hand page. */
export interface SectionView {
  blank?: boolean;
  /** What a blank page says, when not "This page is left intentionally blank". */
  blankText?: string;
  /** Element id of the section (sec-0, sec-1...), stable across layouts: page numbers are read back by it. */
  id: string;
  itemNumber: string;
  /** "Agenda Item 4a" on the first paper of an item. */
  heading?: string;
  title: string;
  /** The partial that prints the paper, and its data. */
  partial: string;
  data: unknown;
  notForPublication: boolean;
  /** Placeholder pages printed for a merged PDF paper. */
  pdf?: { path: string; pageCount: number };
  /** Printed on landscape pages (a landscape PDF paper). */
  landscape?: boolean;
}

/** Everything the agenda pack template prints. */
export interface PackView {
  title: string;
  members: boolean;
  /** The members' pack's banner, when it holds anything the public pack withholds. */
  membersNotice?: string;
  council: string;
  contact: { name: string; telephone: string; email: string };
  dispatched: string;
  bodyName: string;
  shortName: string;
  memberLines: { name: string; title?: string; role?: string }[];
  notice: string;
  stream?: string;
  agenda: AgendaItemView[];
  sections: SectionView[];
}

/** Where each item's papers fall in the built pack, and where blank pages go. */
export interface PackLayout {
  pages: Map<string, { from: number; to: number }>;
  /** Indexes of sections (in the unlaid-out list) preceded by a blank page. */
  blankBefore: Set<number>;
  /**
   * Pages added after a section (by index) so that it takes as many pages as the same section of the
   * other audience's pack: the public and members' packs share page numbers.
   */
  padAfter?: ReadonlyMap<number, number>;
  /** Blank pages added after the agenda, for the same reason. */
  frontPad?: number;
}
