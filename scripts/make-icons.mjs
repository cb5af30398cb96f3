// Renders the app icons (assets/icons/*.svg) to the PNG sizes the web app
// manifest and home screens need, with Debian's Chromium. The PNGs are
// committed; run this again only after changing an SVG:
//
//   node scripts/make-icons.mjs

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { launchBrowser, ROOT } from '../tests/e2e/support.mjs';

const ICONS = join(ROOT, 'assets', 'icons');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // iOS rounds the corners itself, so the full-bleed drawing is the right one.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await launchBrowser();
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = await readFile(join(ICONS, svg), 'utf8');
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.screenshot({ path: join(ICONS, png), omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
