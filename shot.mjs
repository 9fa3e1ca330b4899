import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h, scheme] of [[360, 740, 'dark'], [1280, 800, 'light']]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: 'allow' });
  const p = await ctx.newPage();
  const msgs = [];
  p.on('console', (m) => msgs.push(`${m.type()}: ${m.text()}`));
  await p.goto('http://localhost:3960/errata/');
  await p.locator('header.site-header input[type="search"]').fill('注意力');
  await p.locator('header.site-header [data-search-results] a.search-result').first().waitFor({ timeout: 20000 });
  await p.screenshot({ path: `/tmp/isl-errata-${w}-${scheme}.png` });
  await p.goto('http://localhost:3960/');
  await p.locator('footer [data-offline="ready"]').waitFor({ timeout: 60000 });
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/isl-home-${w}-${scheme}.png` });
  console.log(w, scheme, msgs);
  await ctx.close();
}
await b.close();
