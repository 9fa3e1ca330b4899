import { describe, expect, it } from 'vitest';
import { createRng, normalArray } from '@/lib/compute/random';

describe('createRng', () => {
  it('repeats a sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
  });

  it('draws uniforms in range with the right mean, normals with the right moments', () => {
    const rng = createRng(7);
    const u = Array.from({ length: 20000 }, () => rng.uniform(-2, 4));
    expect(Math.min(...u)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...u)).toBeLessThan(4);
    expect(u.reduce((s, v) => s + v, 0) / u.length).toBeCloseTo(1, 1);
    const z = normalArray(rng, 20000, 3);
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(sd).toBeGreaterThan(2.9);
    expect(sd).toBeLessThan(3.1);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(5)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
