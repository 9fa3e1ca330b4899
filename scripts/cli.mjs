// What the repository's scripts share: Chromium's flags, `--name value` arguments, the median.

/** Flags that keep headless Chromium off the network (it hangs on look-ups otherwise). */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** WebGPU that computes correctly in headless Chromium without a GPU (docs/platform-facts.md §1): Vulkan on SwiftShader. */
export const WEBGPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader', '--use-angle=swiftshader'];

/** `--dir out --port 3000 --why` → { dir: 'out', port: '3000', why: 'true' } (a flag without a value is 'true'). */
export function parseArgs(argv = process.argv.slice(2)) {
  const pairs = [];
  argv.forEach((a, i) => a.startsWith('--') && pairs.push([a.slice(2), argv[i + 1] === undefined || argv[i + 1].startsWith('--') ? 'true' : argv[i + 1]]));
  return Object.fromEntries(pairs);
}

/** The median of the finite numbers in xs (the mean of the middle two for an even count); NaN if none. */
export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
