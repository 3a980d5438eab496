// `npm run size`: P5, the gzip JavaScript a browser fetches before the first screen, from a fresh
// production build. The measurement is the benchmark's own (bench/spa_size.py), run alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundled = fileURLToPath(new URL('../../.tools/bin/uv', import.meta.url));
const onPath = spawnSync('uv', ['--version'], { stdio: 'ignore' }).status === 0;
const uv = onPath ? 'uv' : existsSync(bundled) ? bundled : null;
if (uv === null) {
  console.error('uv is missing: `make bootstrap` installs it.');
  process.exit(1);
}
const run = spawnSync(uv, ['run', '--frozen', 'python', '-m', 'bench.spa_size'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never' },
});
process.exit(run.status ?? 1);
