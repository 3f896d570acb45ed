// `npm start` builds the web app only when its sources changed since the last build: a start after
// a build takes seconds instead of a rebuild's half a minute (issue 14). A fresh clone has no
// build yet, so its first start builds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const stamp = path.resolve('dist/web/.built');
const sources = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json', 'scripts/vite-precompress.ts'];

function newest(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (builtAt === 0 || Math.max(...sources.map(newest)) > builtAt) {
  console.log('De webapp wordt gebouwd… / Building the web app…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}
