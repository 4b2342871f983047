// Baseline for the build benchmark: launch Chromium (same executable and flags as sbp) and print HTML files to PDF,
// tagged, as Chromium prints by default. Usage: node bench/print-html.mjs <file.html> <out.pdf> [<file.html> <out.pdf>...]
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const args = process.argv.slice(2);
const executablePath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--font-render-hinting=none',
    ...sandbox,
  ],
});
try {
  const page = await browser.newPage();
  for (let i = 0; i + 1 < args.length; i += 2) {
    // Loaded by URL rather than setContent so relative stylesheet and image paths resolve as in sbp's own print.
    await page.goto(pathToFileURL(args[i]).href, { waitUntil: 'load' });
    writeFileSync(args[i + 1], await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  }
} finally {
  await browser.close();
}
