// Screenshots of the release build for review:
//   node tests/support/screenshot.mjs WIDTH HEIGHT LANG [SCROLL_Y,...] [SELECTOR_TO_OPEN]
// writes /tmp/v-WIDTH-LANG-Y.png for each scroll offset.
import { launchBrowser, serveDist } from '../e2e/support.mjs';
const server = await serveDist(); const browser = await launchBrowser();
const [w,h,lang,offsets] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], (process.argv[5]||'0').split(',').map(Number)];
const ctx = await browser.newContext({ viewport: { width: w, height: h } });
const page = await ctx.newPage();
await page.goto(server.url + '?lang=' + lang);
await page.locator('main[data-settled]').waitFor(); await page.waitForTimeout(700);
if (process.argv[6]) await page.evaluate((sel) => document.querySelectorAll(sel).forEach(d => d.open = true), process.argv[6]);
console.log('scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth), 'height', await page.evaluate(() => document.documentElement.scrollHeight));
for (const y of offsets) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(200); await page.screenshot({ path: `/tmp/v-${w}-${lang}-${y}.png` }); }
await browser.close(); await server.close();
