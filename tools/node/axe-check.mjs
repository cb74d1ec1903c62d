// axe-check.mjs: opens each HTML file given on the command line in headless
// Chromium (Debian's /usr/bin/chromium, or $CHROMIUM) over file:// and
//  1. runs axe-core on it, reporting every violation and failing on serious
//     or critical ones;
//  2. clicks every internal link (href="#…") and checks that the browser
//     lands on an element with that id (:target).
// Exit status: 0 clean, 1 findings, 2 could not run.
// Usage: node axe-check.mjs FILE.html...
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe-check.mjs FILE.html...');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'axe-check-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
} catch (err) {
  console.error(`cannot start Chromium: ${err.message}`);
  rmSync(profile, { recursive: true, force: true });
  process.exit(2);
}

let failed = false;
try {
  const page = await context.newPage();
  // The pages are self-contained: any request beyond the file itself is a bug.
  await page.route(url => !url.protocol.startsWith('file'), route => {
    failed = true;
    console.log(`external request: ${route.request().url()}`);
    return route.abort();
  });
  for (const file of files) {
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const v of results.violations) {
      const serious = v.impact === 'serious' || v.impact === 'critical';
      if (serious) failed = true;
      console.log(`${file}: ${serious ? 'FAIL' : 'note'} [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
      for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(' ')}`);
    }
    const links = await page.evaluate(() => {
      const out = { clicked: 0, broken: [] };
      for (const a of document.querySelectorAll('a[href^="#"]')) {
        const want = decodeURIComponent(a.getAttribute('href').slice(1));
        a.click();
        const target = document.querySelector(':target');
        out.clicked++;
        if (!target || target.id !== want) out.broken.push(a.getAttribute('href'));
      }
      return out;
    });
    for (const href of links.broken) {
      failed = true;
      console.log(`${file}: FAIL broken internal link ${href}`);
    }
    console.log(`${file}: ${results.violations.length} axe violations, ${links.clicked} internal links clicked, ${links.broken.length} broken`);
  }
} catch (err) {
  console.error(`axe-check: ${err.stack || err}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(2);
}
await context.close();
rmSync(profile, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
