// Renders the print layout to PDF and PNG pages for review:
//   node tests/support/print-preview.mjs [lang]  → /tmp/print.pdf
import { writeFileSync } from 'node:fs';
import { launchBrowser, serveDist } from '../e2e/support.mjs';
const server = await serveDist(); const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}?lang=${process.argv[2] ?? 'nb'}`);
await page.locator('main[data-settled]').waitFor(); await page.waitForTimeout(800);
await page.emulateMedia({ media: 'print' });
writeFileSync('/tmp/print.pdf', await page.pdf({ format: 'A4', printBackground: true }));
await browser.close(); await server.close();
