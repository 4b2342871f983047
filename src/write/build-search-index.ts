/** A page to index: its site path and its HTML. */
export interface SearchPage {
  path: string;
  html: string;
}

/**
 * The Pagefind index of the given pages, as files by site path (under pagefind/). Pagefind runs as a
 * child process (its binary ships in the npm package); only the elements marked data-pagefind-body
 * are indexed, and nothing is written here: the caller writes the files through the site manifest.
 */
export async function buildSearchIndex(pages: readonly SearchPage[]): Promise<Map<string, Uint8Array>> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: `/${page.path}`, content: page.html });
      if (added.errors.length > 0) throw new Error(`pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`pagefind could not write its index: ${fileErrors.join('; ')}`);
    return new Map(files.map((f) => [`pagefind/${f.path.replace(/^\/+/, '')}`, f.content]));
  } finally {
    await pagefind.close();
  }
}
