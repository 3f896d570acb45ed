// Writes a Brotli (.br) and a gzip (.gz) copy next to every built file worth compressing, so the
// server sends them as they are (@fastify/static `preCompressed`) instead of compressing the 800 kB
// bundle on every first visit. Built once, at the highest settings: on a tablet's mobile connection
// the first load is the slowest moment of the app.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const worthCompressing = /\.(js|css|html|svg|json|txt)$/;
const minimumBytes = 1024;

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kring-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!file.isFile() || !worthCompressing.test(file.name)) continue;
        const full = path.join(file.parentPath, file.name);
        const content = fs.readFileSync(full);
        if (content.length < minimumBytes) continue;
        fs.writeFileSync(
          `${full}.br`,
          zlib.brotliCompressSync(content, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
          }),
        );
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}
