import type { SourceRef } from './model-types.js';

/** A SourceRef pointing at one key of the object `src` names, e.g. a resolution's `due`. */
export function atKey(src: SourceRef, key: string): SourceRef {
  return { file: src.file, path: [...src.path, key] };
}
