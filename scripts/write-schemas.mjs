// Regenerate schemas/*.json from the zod schemas (run `npm run build` first). Test: test/validate/json-schemas.test.ts.
import { writeFileSync } from 'node:fs';
import { generateJsonSchemas } from '../dist/validate/generate-json-schemas.js';

for (const [name, text] of generateJsonSchemas()) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), text);
  console.log(`wrote schemas/${name}`);
}
