#!/usr/bin/env node
// npm run bench:search: the search's figures on the exported book (out/, run `npm run build` first),
// in headless Chromium. Prints the index's size (raw and gzip), the worker's code (gzip), the time
// from the first keystroke in the header box of a freshly loaded page to the first results on
// screen (cold: new browser context, nothing cached; median and max of --runs), then the time
// from each keystroke to its results for 40 queries once the index is built (median, p95, max),
// and the worker's own part of it.
// Not a test: it prints figures (aims: index ≤ 250 KB gzip, first results ≤ 300 ms, p95 ≤ 30 ms).
// Options: --runs N (default 5)  --port N (default 3103)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium, serveDir } from './bench-browser.mjs';
import { QUIET_FLAGS } from './cli.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const PORT = Number(opt('port', 3103));
const RUNS = Number(opt('runs', 5));
const FLAGS = QUIET_FLAGS;
const QUERIES = [
  '梯度下降', '学习率', '反向传播', '自注意力', '损失函数', '词元', '链式法则', '鞍点', '动量', '小批量', '预训练', '微调', '掩码',
  '位置编码', '交叉熵', '条件数', '梯度消失', '温度', '幻觉', '算力', 'Adam', 'softmax', 'Transformer', 'GPT-3', 'BERT',
  'Chinchilla', 'PyTorch', 'TensorFlow', 'token', 'LayerNorm', 'GPU', 'learning rate', 'GPT-3 的', 'softmax 的', '熵', '率',
  '梯', '注意力', 'Tensor', '量子纠缠',
];

const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · max ${s[s.length - 1].toFixed(1)} ms (${s.length} samples)`;
};

const indexFile = path.join('out', 'search-index.json');
if (!fs.existsSync(indexFile)) {
  console.error('bench-search: out/search-index.json is missing; run `npm run build` first');
  process.exit(1);
}
const workerChunks = fs
  .readdirSync('out/_next/static/chunks')
  .map((f) => path.join('out/_next/static/chunks', f))
  .filter((f) => f.endsWith('.js') && /combineWith|search-index/.test(fs.readFileSync(f, 'utf8')));
console.log(`index   out/search-index.json: ${kb(fs.statSync(indexFile).size)} raw, ${kb(gzip(indexFile))} gzip`);
console.log(`code    search client + worker (${workerChunks.length} chunks): ${kb(workerChunks.reduce((n, f) => n + gzip(f), 0))} gzip`);

const { server, base } = await serveDir('out', PORT);
const browser = await launchChromium(FLAGS);

/**
 * In the page: put `q` in the header box as one input event; resolve with the ms until its results
 * are in the page (a MutationObserver sees them as React commits them) and the worker's own time.
 */
const typeAndWait = (q) =>
  new Promise((resolve) => {
    const header = document.querySelector('header.site-header');
    const input = header.querySelector('input[type="search"]');
    const shown = () => [...header.querySelectorAll('[data-q]')].find((el) => el.getAttribute('data-q') === q && el.closest('[hidden]') === null);
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const el = shown();
      if (!el) return;
      observer.disconnect();
      resolve({ page: performance.now() - t0, worker: Number(el.getAttribute('data-ms')) });
    });
    observer.observe(header, { subtree: true, childList: true, attributes: true, characterData: true });
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

try {
  const first = [];
  let page;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    first.push((await page.evaluate(typeAndWait, '梯度')).page);
    if (run < RUNS - 1) await context.close();
  }
  console.log(`first   keystroke → first results, cold page: ${stats(first)}`);
  await page.waitForTimeout(2000); // the index is built in chunks after the first answer
  const each = [];
  for (let round = 0; round < 3; round++) for (const q of QUERIES) each.push(await page.evaluate(typeAndWait, q));
  console.log(`query   keystroke → results shown, index built (${QUERIES.length} queries × 3): ${stats(each.map((t) => t.page))}`);
  console.log(`        of which the worker's search: ${stats(each.map((t) => t.worker))}`);
} finally {
  await browser.close();
  server.kill();
}
