import { describe, expect, it } from 'vitest';
import { median, parseArgs } from '../../scripts/cli.mjs';

describe('scripts/cli.mjs', () => {
  it('reads --name value pairs and ignores loose words', () => {
    expect(parseArgs(['--dir', 'out', 'stray', '--port', '3000'])).toEqual({ dir: 'out', port: '3000' });
  });

  it('reads a flag without a value as "true", whether it comes last or before another flag', () => {
    expect(parseArgs(['--why'])).toEqual({ why: 'true' });
    expect(parseArgs(['--why', '--runs', '3'])).toEqual({ why: 'true', runs: '3' });
  });

  it('the median equals a sort-and-pick by hand, and skips values that are not finite', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 100;
    for (let n = 1; n <= 9; n++) {
      const xs = Array.from({ length: n }, rand);
      const s = [...xs].sort((a, b) => a - b);
      const expected = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
      expect(median([NaN, ...xs, Infinity])).toBe(expected);
    }
    expect(median([NaN])).toBeNaN();
  });
});
