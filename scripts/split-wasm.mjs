// Splits the app into several wasm modules, in place of the one Trunk made.
//
// The functions marked `#[wasm_split(later, …)]` (src/components/later.rs),
// and all code that only they reach, go to a second module that the page
// fetches after the first result is on screen; those marked
// `#[wasm_split(workbook, …)]` (src/components/import/workbook.rs) to a
// module fetched only when a workbook is opened; the share-link reader
// (`link`, src/app/links.rs) to one fetched only on a visit that opens a
// link. Code several need, and the main module does not, goes to a shared
// chunk (`chunk_<n>`), fetched with any of them. The main module keeps everything else. Steps 1-3 are the ones
// cargo-leptos takes for its `--split`:
//
// 1. wasm-split-cli splits the linker's output (build.rs links it with
//    --emit-relocs, which the split needs);
// 2. wasm-bindgen makes the JS glue for the main module, keeping the exports
//    the second module links against;
// 3. wasm-opt -Oz optimizes each module (release builds only);
// 4. the glue gets V8's compile hint (see below).
//
// The results replace Trunk's `skippertak-<hash>.js` and `…_bg.wasm`. Every
// file gets a name hashed from its final content, which post-build.mjs puts
// into index.html; the loader fetches the second module with its Subresource
// Integrity hash. post-build.mjs runs this before it computes any other hash.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The same features the Rust toolchain emits for wasm32 (and Trunk and cargo-leptos pass). */
const WASM_OPT_ARGS = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types',
  '--enable-sign-ext', '--enable-mutable-globals'];
/** The module the parts after the first result go to (src/components/later.rs). */
const SECOND_MODULE = 'later';
/** Every split module the app has: each must come out of the split. */
const SPLIT_MODULES = [SECOND_MODULE, 'workbook', 'link'];

const hex16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** A Subresource Integrity value (SHA-384). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `text` with `pattern` replaced once; `what` names the file if it is missing. */
function replaceOnce(text, pattern, replacement, what) {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) throw new Error(`${what} no longer has ${pattern}; update this script`);
  return text.replace(pattern, replacement);
}

function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
    throw new Error(`${tool} failed${err.code === 'ENOENT' ? ' (not installed? run scripts/setup.sh)' : ''}: ${output || err.message}`);
  }
}

/**
 * Splits the build in `dir` (Trunk's staging directory). `root` is the
 * repository, `release` whether this is a release build, `wasmOpt` the
 * wasm-opt to use. Returns the names it wrote, and Trunk's names that they
 * replace (`renamed`, pairs of old and new).
 */
export async function splitWasm(dir, { root, release, wasmOpt }) {
  const names = await readdir(dir);
  const glueName = names.find((n) => /^skippertak-[0-9a-f]{8,16}\.js$/.test(n));
  if (!glueName) throw new Error('no skippertak-<hash>.js from Trunk in the build directory');
  const stem = glueName.slice(0, -'.js'.length);
  const mainName = `${stem}_bg.wasm`;
  if (!names.includes(mainName)) throw new Error(`no ${mainName} next to ${glueName}`);
  // Cargo's own output directory, wherever CARGO_TARGET_DIR puts it: a
  // fixed `target/` would split a stale build when it is set.
  const targetDir = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'skippertak.wasm');

  const work = await mkdtemp(join(tmpdir(), 'skippertak-split-'));
  try {
    run('wasm-split-cli', [linked, work, '--out-name', stem]);
    const written = await readdir(work);
    for (const module of SPLIT_MODULES) {
      if (!written.includes(`split_${module}.wasm`)) {
        throw new Error(`wasm-split-cli wrote no split_${module}.wasm: are the #[wasm_split(${module}, …)] functions still used?`);
      }
    }
    run('wasm-bindgen', ['--target', 'web', '--weak-refs', '--no-typescript', '--keep-lld-exports', '--no-demangle',
      '--out-dir', join(work, 'bindgen'), '--out-name', stem, join(work, `${stem}.wasm`)]);

    const optimized = async (file) => {
      if (!release) return readFile(file);
      const out = `${file}.opt`;
      run(wasmOpt, [...WASM_OPT_ARGS, file, '-o', out]);
      return readFile(out);
    };

    const main = await optimized(join(work, 'bindgen', `${stem}_bg.wasm`));
    const finalMainName = `skippertak-${hex16(main)}_bg.wasm`;
    await writeFile(join(dir, finalMainName), main);

    // Each split module and shared chunk, named from its content and fetched
    // with its integrity hash.
    let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    // Which files each split module needs: its own, and every shared chunk
    // whose comment names it ("/* later, workbook */ const __chunk_3 = …").
    const needs = Object.fromEntries(SPLIT_MODULES.map((m) => [m, [`split_${m}.wasm`]]));
    for (const [, users, file] of loader.matchAll(/\/\* ([^*]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
      for (const user of users.split(',').map((u) => u.trim())) needs[user]?.push(file);
    }
    const modules = {};
    const renamedModule = {};
    for (const file of written.filter((f) => /^(split_[a-z_]+|chunk_\d+)\.wasm$/.test(f)).sort()) {
      const bytes = await optimized(join(work, file));
      const base = file.replace(/^split_/, '').replace(/\.wasm$/, '').replace(/_/g, '-');
      const name = `${base}-${hex16(bytes)}.wasm`;
      await writeFile(join(dir, name), bytes);
      modules[base] = name;
      renamedModule[file] = name;
      loader = replaceOnce(loader, `fetch(new URL("./${file}", import.meta.url))`,
        `fetch(new URL("./${name}", import.meta.url), { integrity: "${sri(bytes)}" })`, "wasm-split-cli's loader");
    }
    // Like wasm-bindgen's own loader: a host that serves the module with another
    // type than application/wasm gets it compiled from the whole file.
    const instantiate = 'WebAssembly.instantiateStreaming(src, imports)';
    if (!loader.includes(instantiate)) throw new Error(`wasm-split-cli's loader no longer has ${instantiate}; update this script`);
    loader = loader.replaceAll(instantiate, `${instantiate}.catch(() => src.then((response) => response.arrayBuffer())
        .then((bytes) => WebAssembly.instantiate(bytes, imports)))`);

    let glue = await readFile(join(work, 'bindgen', `${stem}.js`), 'utf8');
    // The first result calls a few hundred of the glue's functions. This
    // comment (V8's explicit compile hint; others ignore it) has them all
    // compiled while the file streams in, off the main thread, instead of
    // one by one on first call while the page is being built.
    glue = `//# allFunctionsCalledOnLoad\n${glue}`.replaceAll(mainName, finalMainName);

    // The glue and the loader import each other, so neither name can be a
    // hash of a text that holds the other's. The glue's is hashed from both
    // texts as they come (naming Trunk's glue and `__wasm_split.js`); the
    // loader's from its final text.
    const finalGlueName = `skippertak-${hex16(`${glue}\0${loader}`)}.js`;
    loader = replaceOnce(loader, `from "./${glueName}"`, `from "./${finalGlueName}"`, "wasm-split-cli's loader");
    const loaderName = `wasm-split-${hex16(loader)}.js`;
    await writeFile(join(dir, loaderName), loader);
    // Only the JS import statements (one per split module): the wasm import
    // module keeps its name.
    const importsLoader = /\bfrom (["'])\.\/__wasm_split\.js\1/g;
    if (!importsLoader.test(glue)) throw new Error("wasm-bindgen's glue no longer imports ./__wasm_split.js; update this script");
    glue = glue.replace(importsLoader, `from "./${loaderName}"`);
    await writeFile(join(dir, finalGlueName), glue);

    // Trunk named both files after its own output, which this script changes:
    // the same name with other bytes would meet a browser's year-long cache
    // of the old file and fail its integrity check.
    await rm(join(dir, glueName));
    await rm(join(dir, mainName));
    return {
      glue: finalGlueName, main: finalMainName, loader: loaderName, second: modules[SECOND_MODULE], modules,
      needs: Object.fromEntries(Object.entries(needs).map(([m, files]) => [m, files.map((f) => renamedModule[f])])),
      renamed: [[glueName, finalGlueName], [mainName, finalMainName]],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
