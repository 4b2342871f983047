import { parentPort } from 'node:worker_threads';
import { parseMarkdownTree } from '../parse/parse-markdown-tree.js';
import { encodeTree } from './tree-cache-codec.js';

// A parse worker: Markdown text in, the encoded tree out (the bytes the parse cache keeps).
parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    const bytes = encodeTree(parseMarkdownTree(text), text);
    parentPort?.postMessage({ id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
