#!/usr/bin/env node
// Compares math outputs on the built chapters (out/): the formulas of each chapter page are taken
// from their TeX annotations and re-rendered as (a) KaTeX htmlAndMathml (the page as built, when the
// book is built with it), (b) KaTeX HTML only (for scale: what the hidden MathML twin costs),
// (c) KaTeX MathML only, (d) Temml, if TEMML=<path to temml.cjs> is given. Per chapter and variant
// it reports DOM elements, the prose's HTML bytes (raw, gzip) and Chromium's style and layout time for the first load at 360×740 with 4× CPU slow-down (median of RUNS), like Lighthouse's
// mobile run, and the least time of one forced full style + layout pass (content-visibility off).
// MathML variants drop KaTeX's style sheet and fonts and get MATH_CSS (a CSS file, inlined) and
// MATH_FONT (a font file, served from /math/) if given. docs/math.md has the figures and the setup.
// Usage: npm run build && npm run bench:math -- [slug ...]   (RUNS=5, PORT=3460)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import katex from 'katex';
import { serveDir, launchChromium } from './bench-browser.mjs';
import { formulas, prose } from './bench-math-html.mjs';
import { median, QUIET_FLAGS } from './cli.mjs';

const require = createRequire(import.meta.url);
const slugs = process.argv.slice(2).length ? process.argv.slice(2) : ['backprop', 'attention'];
const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.PORT ?? 3460);
const work = '/tmp/bench-math';

const variants = {
  'katex-html+mathml': null,
  // Not a candidate (no MathML for screen readers): shows what the hidden MathML twin costs.
  'katex-html-only': (tex, display) => {
    const s = katex.renderToString(tex, { strict: 'ignore', output: 'html', displayMode: display });
    return display ? s.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">') : s;
  },
  'katex-mathml': (tex, display) => {
    const s = katex.renderToString(tex, { strict: 'ignore', output: 'mathml', displayMode: display });
    return display ? `<span class="katex-display" tabindex="0">${s}</span>` : s;
  },
};
if (process.env.TEMML) {
  const temml = require(path.resolve(process.env.TEMML));
  variants.temml = (tex, display) => {
    const s = temml.renderToString(tex, { displayMode: display, annotate: true, strict: false });
    return display ? `<span class="katex-display" tabindex="0">${s}</span>` : s;
  };
}

const mathCss = process.env.MATH_CSS ? fs.readFileSync(process.env.MATH_CSS, 'utf8') : '';

function makeVariant(name, render) {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync('out', dir, { recursive: true });
  if (!render) return dir;
  if (process.env.MATH_FONT) {
    fs.mkdirSync(path.join(dir, 'math'), { recursive: true });
    fs.copyFileSync(process.env.MATH_FONT, path.join(dir, 'math', path.basename(process.env.MATH_FONT)));
  }
  for (const slug of slugs) {
    const file = path.join(dir, slug, 'index.html');
    let html = fs.readFileSync(file, 'utf8');
    for (const [start, end, tex, display] of formulas(html).reverse()) html = html.slice(0, start) + render(tex, display) + html.slice(end);
    if (mathCss && name !== 'katex-html-only') {
      // MathML needs neither KaTeX's style sheet nor its fonts.
      html = html.replace(/<link rel="(?:stylesheet|preload)" href="[^"]*\/katex\/[^"]*"[^>]*>/g, '');
      html = html.replace('</head>', `<style>${mathCss}</style></head>`);
    }
    fs.writeFileSync(file, html);
  }
  return dir;
}

async function measure(browser, base, slug) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.goto(`${base}/${slug}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((x) => x.name === n)?.value ?? NaN;
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  // Then the cost of one full style + layout pass over the whole page, content-visibility off (as
  // without JavaScript, or on a change of width or font): the least of 5 forced passes.
  const full = await page.evaluate(() => {
    document.documentElement.classList.remove('js');
    let best = Infinity;
    for (let i = 0; i < 6; i++) {
      document.documentElement.style.fontSize = i % 2 ? '16.5px' : '16px';
      const t0 = performance.now();
      void document.body.offsetHeight;
      if (i > 0) best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
  await page.close();
  return { elements, style: get('RecalcStyleDuration') * 1000, layout: get('LayoutDuration') * 1000, full };
}

const browser = await launchChromium(QUIET_FLAGS);
const rows = [];
for (const [name, render] of Object.entries(variants)) {
  const dir = makeVariant(name, render);
  const { server, base } = await serveDir(dir, port);
  try {
    for (const slug of slugs) {
      const html = Buffer.from(prose(fs.readFileSync(path.join(dir, slug, 'index.html'), 'utf8')));
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measure(browser, base, slug));
      rows.push({
        chapter: slug,
        variant: name,
        elements: results[0].elements,
        prose_kB: +(html.length / 1024).toFixed(1),
        prose_gzip_kB: +(zlib.gzipSync(html).length / 1024).toFixed(1),
        style_ms: Math.round(median(results.map((r) => r.style))),
        layout_ms: Math.round(median(results.map((r) => r.layout))),
        full_pass_ms: Math.round(Math.min(...results.map((r) => r.full))),
      });
    }
  } finally {
    server.kill();
  }
}
await browser.close();
console.table(rows);
