// Prints the size of each file in a build folder (and its sub-folders): raw, gzip -9 and brotli
// (quality 11), and the total of what a first visit downloads.
//
//   node scripts/dist-sizes.mjs [dist]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(dir) {
  // Sub-folders too (wasm-bindgen snippets, icons), named by their path.
  const rows = readdirSync(dir, { recursive: true })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const body = readFileSync(join(dir, name));
      return {
        name,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = measure(process.argv[2] ?? 'dist');
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const r of [...rows, { name: 'total', ...total }]) {
    console.log(`${r.name.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
  }
}
