import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Why an image is not printed: remote, above the repository, a link out of it, missing, or written as HTML. */
export type ImageProblem = 'remote' | 'outside' | 'linked-outside' | 'missing' | 'html';

/** Where an image stands: the Markdown file and the line and column of its "![". */
export interface ImageAt {
  file: string;
  line: number;
  column: number;
}

/** The warning for an image that is not printed; `sbp check` and `sbp build` say it in the same words. */
export function describeImageProblem(problem: ImageProblem, written: string, at: ImageAt): Diagnostic {
  const base = { ...at, severity: 'warning' as const };
  // A pasted data: URL can run to megabytes: the message shows its start.
  const url = written.length > 100 ? `${written.slice(0, 80)}...` : written;
  switch (problem) {
    case 'remote':
      return {
        ...base,
        code: 'image-refused',
        message: `remote image ${url} is not included`,
        hint: 'Save the image in the repository and link it by its path.',
      };
    case 'outside':
      return {
        ...base,
        code: 'image-refused',
        message: `image ${url} is outside the meetings repository and is not included`,
        hint: 'Copy the image into the repository.',
      };
    case 'linked-outside':
      return {
        ...base,
        code: 'image-refused',
        message: `image ${url} is a link to a file outside the meetings repository and is not included`,
        hint: 'Copy the image into the repository instead of linking to it.',
      };
    case 'missing':
      return {
        ...base,
        code: 'image-missing',
        message: `image ${url} does not exist: the PDF shows its alt text instead`,
        hint: 'Check the path, relative to the Markdown file.',
      };
    case 'html':
      return {
        ...base,
        code: 'image-refused',
        message: 'an image written as an HTML <img> tag is not included',
        hint: 'Write the image in Markdown, with its alt text: ![Arson incidents by month](charts/arson.png).',
      };
  }
}
