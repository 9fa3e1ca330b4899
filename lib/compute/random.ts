/**
 * A seeded pseudo-random generator (mulberry32). Every function in lib/compute that needs
 * randomness takes one of these as an argument; nothing here calls Math.random, so a demo
 * with the same seed draws the same data and the same initial weights every time.
 */
export interface Rng {
  /** The seed this generator started from. */
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Normal (Box–Muller) with the given mean and standard deviation. */
  normal(mean?: number, std?: number): number;
  /** Integer uniform in [0, n). */
  int(n: number): number;
}

class Mulberry32 implements Rng {
  private state: number;
  private spare: number | null = null;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  normal(mean = 0, std = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** A new generator; the same seed gives the same sequence. */
export function createRng(seed: number): Rng {
  return new Mulberry32(seed);
}

/** `count` numbers, normal with the given std: handy for weights and test inputs. */
export function normalArray(rng: Rng, count: number, std = 1): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.normal(0, std);
  return out;
}
