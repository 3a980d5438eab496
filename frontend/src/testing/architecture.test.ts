import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

// bulletproof-react's rule: a feature imports shared code (components, lib, api, testing) but
// never another feature; the app layer composes them.
const SRC = resolve(__dirname, '..');
const FEATURES = join(SRC, 'features');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importedPaths(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

function featureOf(path: string): string | null {
  const rel = relative(FEATURES, path);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0] ?? null;
}

test('no feature imports another feature', () => {
  const offences: string[] = [];
  for (const file of filesUnder(FEATURES)) {
    const own = featureOf(file);
    for (const spec of importedPaths(file)) {
      let target: string | null = null;
      if (spec.startsWith('@/')) target = join(SRC, spec.slice(2));
      else if (spec.startsWith('.')) target = resolve(file, '..', spec);
      if (target === null) continue;
      const other = featureOf(target);
      if (other !== null && other !== own) offences.push(`${relative(SRC, file)} imports ${spec}`);
    }
  }
  expect(offences).toEqual([]);
});

test('shared code never reaches into a feature', () => {
  const shared = ['components', 'lib', 'hooks'].flatMap((dir) => filesUnder(join(SRC, dir)));
  const offences = shared.flatMap((file) =>
    importedPaths(file)
      .filter((spec) => spec.startsWith('@/features/'))
      .map((spec) => `${relative(SRC, file)} imports ${spec}`),
  );
  expect(offences).toEqual([]);
});
