// Trunk post-build hook (see Trunk.toml): finishes the build in Trunk's
// staging directory, where the content-hashed file names are final.
//
// 0. The app becomes two wasm modules: the main one and the parts of the page
//    loaded after the first result (scripts/split-wasm.mjs). The page names
//    the new files, Trunk's preload hint for the script gets its new
//    integrity hash, and the split loader that the main module imports gets
//    a preload hint of its own.
// 1. The wasm is fetched with its Subresource Integrity hash and compiled by
//    a small script at the top of the page, while the rest loads (Trunk puts
//    integrity only on a preload hint, which its loader's fetch does not use).
// 2. The stylesheets go into index.html as one <style> element. Linked, they
//    block the scripts until they arrive: one more round trip before the
//    first result.
// 3. A strict Content-Security-Policy, with a hash for the inline module
//    script and the inline styles, so it works on any static host. The page's
//    first script puts it in place as a meta tag before anything else is
//    parsed: a policy meta tag in the markup makes Chromium hold back every
//    preload until its parser reaches that tag, which on a first visit
//    requests the script and the wasm 10-20 ms later.
// 4. The service worker (assets/sw.js) gets this build's version and file
//    list and is written next to index.html.
//
// Run by hand: node scripts/post-build.mjs <dir> (after a release build)

import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { splitWasm, sri } from './split-wasm.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: pass one, or run as a Trunk hook (TRUNK_STAGING_DIR)');

const WORKER = 'sw.js';
const VERSION_META = 'skippertak-version';

/** Every directive is spelled out; anything not listed is refused. */
function contentSecurityPolicy(scriptHashes, styleHash) {
  return [
    "default-src 'none'",
    // 'wasm-unsafe-eval' allows compiling WebAssembly, not eval().
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    // Only the page's own <style> element; style attributes stay refused.
    `style-src '${styleHash}'`,
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const digest = (algorithm, bytes) => createHash(algorithm).update(bytes).digest('base64');
const charset = /<meta charset=[^>]*>/i;
/** The `<link …>` tag whose href is `./${file}`. */
const linkTo = (file) => new RegExp(`<link\\b[^>]*\\bhref=["']?\\./${file.replace(/^\.\//, '').replace(/\./g, '\\.')}["']?[^>]*>`);
// Trunk writes its hash as hex without leading zeros: up to 16 digits.
const isHashedAsset = (path) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(path);

async function listFiles(base) {
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 0. Two wasm modules, and Trunk's integrity hints for the replaced files.
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const split = await splitWasm(dir, { root: ROOT, release, wasmOpt: join(ROOT, 'node_modules', '.bin', 'wasm-opt') })
  .catch((err) => fail(err.message));
for (const [trunkName, finalName] of split.renamed) {
  if (!html.includes(`./${trunkName}`)) fail(`index.html does not name ./${trunkName}; update this script`);
  html = html.replaceAll(`./${trunkName}`, `./${finalName}`);
}
// The script's preload hint gets the new script's hash, and the split loader
// it imports is fetched with it, not after it (one round trip less before
// the wasm can start).
const gluePreload = linkTo(split.glue);
if (!gluePreload.test(html) || !/\bintegrity=/.test(html.match(gluePreload)[0])) {
  fail(`index.html has no preload hint with integrity for ${split.glue}; update this script`);
}
const glueIntegrity = sri(await readFile(join(dir, split.glue)));
const loaderIntegrity = sri(await readFile(join(dir, split.loader)));
// The hints move to the top of the page, before the first script (step 3).
const hints = [html.match(gluePreload)[0].replace(/sha384-[A-Za-z0-9+/=]+/, glueIntegrity),
  `<link crossorigin href=./${split.loader} integrity=${loaderIntegrity} rel=modulepreload>`];
html = html.replace(gluePreload, '');

// 1. The wasm is fetched (with its integrity hash) and compiled by the page's
//    first script (step 3), while the script that instantiates it is still
//    loading; Trunk's loader then takes the compiled module instead of a URL,
//    and Trunk's preload hint for the wasm moves to the top.
const wasmRef = /module_or_path: '(\.\/[^']+\.wasm)'/;
const wasmMatch = html.match(wasmRef);
if (!wasmMatch) fail("index.html: Trunk's loader no longer has `module_or_path: './….wasm'`; update this script");
const wasmIntegrity = sri(await readFile(join(dir, wasmMatch[1])));
html = html.replace(wasmRef, 'module_or_path: self.skippertakWasm');
const wasmPreload = linkTo(wasmMatch[1]);
if (!wasmPreload.test(html)) fail(`index.html has no preload hint for ${wasmMatch[1]}; update this script`);
// A hint in the fetch's CORS mode, which the fetch then uses: the file is
// requested once, as soon as the preload scanner sees the hint. The fetch
// checks the integrity hash; the hint carries none, because Chromium ignores
// it on a fetch hint and says so in the console.
hints.push(`<link as=fetch crossorigin href=${wasmMatch[1]} rel=preload type=application/wasm>`);
html = html.replace(wasmPreload, '');
// A host that serves the wasm with another type than application/wasm gets
// the slower path: the whole file, then compiled.
const earlyCompile = `self.skippertakWasm=(r=>WebAssembly.compileStreaming(r).catch(()=>r.then(x=>x.arrayBuffer()).then(b=>WebAssembly.compile(b))))(fetch('${wasmMatch[1]}',{integrity:'${wasmIntegrity}'}));`;
if (!charset.test(html)) fail('index.html has no <meta charset>; the hints and the first script must follow it');

// 2. One <style> element with every stylesheet, in the page's order, where
//    the first one was linked; the files themselves leave the build.
const stylesheetLinks = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g)].map((m) => m[0]);
if (stylesheetLinks.length === 0) fail('index.html links no stylesheet; update this script');
let styles = '';
for (const tag of stylesheetLinks) {
  const href = tag.match(/\bhref=["']?\.\/([^"' >]+\.css)/)?.[1];
  if (!href) fail(`cannot read the stylesheet's name in ${tag}`);
  styles += await readFile(join(dir, href), 'utf8');
  await rm(join(dir, href));
}
if (/<\/style/i.test(styles)) fail('a stylesheet contains "</style"; it cannot be put inside the page');
html = html.replace(stylesheetLinks[0], `<style>${styles}</style>`);
for (const tag of stylesheetLinks.slice(1)) html = html.replace(tag, '');

// 3. The hints, then the first script: it puts the policy in place, with the
//    hashes of the other inline scripts and of the styles, before any other
//    script or style is parsed, and starts the wasm (step 1). The policy
//    cannot list this script's own hash (the script contains the policy); it
//    needs none, since it has run before the policy exists.
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inlineScripts.length === 0) fail('index.html has no inline loader script; update this script');
const policy = contentSecurityPolicy(inlineScripts.map((s) => `sha256-${digest('sha256', s)}`), `sha256-${digest('sha256', styles)}`);
const enforcePolicy = `document.head.append(Object.assign(document.createElement('meta'),{httpEquiv:'Content-Security-Policy',content:${JSON.stringify(policy)}}));`;
// A visit that opens a share link needs the link reader before its first
// result: hinted here, it arrives with the main module, not after it.
const linkFiles = split.needs.link.map((f) => `./${f}`);
if (linkFiles.some((f) => f === './undefined')) fail('split-wasm.mjs did not name the link module\'s files');
const linkHints = `if(/^#[sp]\\d+\\./.test(location.hash))for(const h of ${JSON.stringify(linkFiles)})document.head.append(Object.assign(document.createElement('link'),{rel:'preload',as:'fetch',crossOrigin:'anonymous',href:h}));`;
html = html.replace(charset, (tag) => `${tag}${hints.join('')}<script>${enforcePolicy}${earlyCompile}${linkHints}</script>`);

// 4. The build's version: every file but the worker, the page before it is stamped.
const files = (await listFiles(dir)).filter((f) => f !== WORKER && f !== 'index.html');
const contents = new Map();
for (const file of files) contents.set(file, await readFile(join(dir, file)));
const versionHash = createHash('sha256').update(html);
for (const [file, bytes] of contents) versionHash.update(`\0${file}\0`).update(bytes);
const version = versionHash.digest('hex').slice(0, 16);
html = html.replace(charset, (tag) => `${tag}<meta name="${VERSION_META}" content="${version}">`);
await writeFile(indexPath, html);

const precache = [['./', null]];
for (const [file, bytes] of contents) precache.push([file, isHashedAsset(file) ? sri(bytes) : null]);
const template = await readFile(join(ROOT, 'assets', WORKER), 'utf8');
if (!template.includes("'__VERSION__'") || !template.includes('__FILES__')) fail('assets/sw.js lost its placeholders');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(precache, null, 1).replace(/\n\s*/g, ' '));
await writeFile(join(dir, WORKER), worker);

console.log(`post-build: version ${version}, ${precache.length} files precached, CSP with ${inlineScripts.length} script hash(es)`);
