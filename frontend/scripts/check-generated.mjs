// Fails when src/api/schema.d.ts no longer matches openapi/openapi.json: run `npm run generate`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';

const specPath = new URL('../../openapi/openapi.json', import.meta.url);
const generatedPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const ast = await openapiTS(JSON.parse(readFileSync(specPath, 'utf8')));
const expected = astToString(ast);
const actual = readFileSync(generatedPath, 'utf8');
const normalise = (text) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
if (normalise(expected) !== normalise(actual)) {
  console.error('src/api/schema.d.ts is stale: run `npm run generate` in frontend/.');
  process.exit(1);
}
console.log('generated API client is up to date');
