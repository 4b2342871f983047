import Handlebars from 'handlebars';
import { formatClock, formatDayDate, formatLongDate, formatOrdinalDate } from '../model/format-date.js';
import { PRECOMPILED_REVISION, PRECOMPILED_TEMPLATES } from './precompiled-templates.js';

/** Template text, already read from disk: the bundled set with the repository's overrides applied. */
export interface TemplateSources {
  /** Top-level templates by name: pack, minutes, footer, stamp. */
  templates: Record<string, string>;
  /** Partials by name (file name without .hbs). */
  partials: Record<string, string>;
  /** The stylesheets, bundled first, joined. */
  css: string;
}

// Specifications from another Handlebars (an upgrade without `npm run templates`) are not used: they are compiled afresh.
const PRECOMPILED_USABLE =
  PRECOMPILED_REVISION === (Handlebars as unknown as { COMPILER_REVISION: number }).COMPILER_REVISION;

/** Renders a named template with a view; HTML escaping stays on for every {{value}}. */
export interface TemplateRenderer {
  render(name: string, view: object): string;
}

/**
 * Compile the templates once, with sbp's helpers and partials registered. A template whose text is one sbp ships
 * is taken from `precompiled` (compiled when sbp was built); any other text, a repository's own, is compiled here.
 */
export function createTemplateRenderer(
  sources: TemplateSources,
  precompiled: ReadonlyMap<string, object> = PRECOMPILED_TEMPLATES,
): TemplateRenderer {
  const hbs = Handlebars.create();
  const ahead = (text: string) =>
    PRECOMPILED_USABLE ? (precompiled.get(text) as TemplateSpecification | undefined) : undefined;
  hbs.registerHelper({
    upper: (text: unknown) => (typeof text === 'string' ? text.toUpperCase() : ''),
    longDate: (iso: unknown) => (typeof iso === 'string' ? formatLongDate(iso) : ''),
    dayDate: (iso: unknown) => (typeof iso === 'string' ? formatDayDate(iso) : ''),
    ordinalDate: (iso: unknown) => (typeof iso === 'string' ? formatOrdinalDate(iso) : ''),
    clock: (time: unknown) => (typeof time === 'string' ? formatClock(time) : ''),
    eq: (a: unknown, b: unknown) => a === b,
    join: (list: unknown, separator: unknown) =>
      Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  });
  for (const [name, text] of Object.entries(sources.partials)) {
    const spec = ahead(text);
    hbs.registerPartial(name, spec ? hbs.template(spec) : text);
  }
  // A stylesheet must not end the <style> element it is printed in.
  const css = new hbs.SafeString(sources.css.replace(/<\/style/gi, '<\\/style'));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    render(name, view) {
      let template = compiled.get(name);
      if (!template) {
        const text = sources.templates[name];
        if (text === undefined) throw new Error(`no template named "${name}"`);
        const spec = ahead(text);
        template = spec ? hbs.template(spec) : hbs.compile(text, { strict: false, noEscape: false });
        compiled.set(name, template);
      }
      return template({ ...view, css }, { allowProtoPropertiesByDefault: false });
    },
  };
}
