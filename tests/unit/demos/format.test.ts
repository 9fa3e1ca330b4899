/** The one set of number formats every demo uses. */
import { describe, expect, it } from 'vitest';
import { fixed, int, MINUS, num, percent, sig, tick } from '@/lib/demos/format';

describe('number formats', () => {
  it('writes whole numbers without decimals', () => {
    expect(num(572)).toBe('572');
    expect(num(1)).toBe('1');
    expect(int(12345.4)).toBe('12,345');
    expect(num(-3)).toBe(`${MINUS}3`);
  });

  it('uses U+2212 for minus, also in exponents, and reads −0 as 0', () => {
    expect(fixed(-0.5, 3)).toBe('−0.500');
    expect(num(-1.2345e-7)).toBe('−1.235e−7');
    expect(fixed(-0, 2)).toBe('0.00');
    expect(sig(-0.0123456, 3)).toBe('−0.0123');
  });

  it('keeps a fixed count of significant digits for the rest', () => {
    expect(num(0.123456)).toBe('0.1235');
    expect(num(3.14159, 3)).toBe('3.14');
    expect(num(12_345_678.9)).toBe('1.235e+7');
    expect(num(2.5e7)).toBe('25,000,000');
  });

  it('names non-finite values', () => {
    expect(num(NaN)).toBe('NaN');
    expect(num(Infinity)).toBe('∞');
    expect(fixed(-Infinity, 2)).toBe('−∞');
  });

  it('writes probabilities as percentages', () => {
    expect(percent(0.12345)).toBe('12.35%');
    expect(percent(1)).toBe('100.00%');
  });

  it('writes axis ticks in their shortest form', () => {
    expect(tick(0.6000000000000001)).toBe('0.6');
    expect(tick(1500)).toBe('1500');
    expect(tick(-0.5)).toBe('−0.5');
    expect(tick(-0)).toBe('0');
  });
});
