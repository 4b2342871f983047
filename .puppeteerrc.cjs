// Skip puppeteer's own browser download when a usable Chromium is already on the machine
// (Debian's /usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH): the download is blocked on
// some networks and would fail `npm ci`. Elsewhere puppeteer downloads its browser as usual.
const { existsSync } = require('node:fs');
const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
module.exports = { skipDownload: candidates.some((p) => p && existsSync(p)) };
