/**
 * What a meeting file's place says (`<body>/<date>.md`): its body folder and date. They stand in for a
 * broken body or date in front matter, and place a file that could not be read among its body's meetings.
 */
export function readFileNameFacts(relPath: string): { body?: string; date?: string } {
  const [folder] = relPath.split('/');
  const date = /(\d{4}-\d{2}-\d{2})[^/]*\.md$/.exec(relPath)?.[1];
  return relPath.includes('/') ? { body: folder, ...(date ? { date } : {}) } : {};
}
