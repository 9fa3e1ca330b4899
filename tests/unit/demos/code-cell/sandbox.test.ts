/** The cell's output helpers and the sandbox's locks (on a stand-in scope: the real lock is irreversible). */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROWS, plotItem, printItem, tableItem } from '@/lib/demos/code-cell/output';
import { BLOCKED, blockedMessage, checkCode, lockNames, uncallable } from '@/lib/demos/code-cell/sandbox';
import { tf, useCpu } from '../../compute/setup';

beforeAll(useCpu);

describe('print, table and plot', () => {
  it('prints tensors by value with their shape, numbers without float32 noise', () => {
    const t = tf.tensor2d([[1, -2.5], [0.1, 3]]);
    expect(printItem(['a', t, tf.scalar(0.6), 7, [1, 2]])).toEqual({ kind: 'text', text: 'a [[1, −2.5], [0.1, 3]]（形状 [2, 2]） 0.6 7 [1, 2]' });
    t.dispose();
  });

  it('tables 0-, 1- and 2-d values and refuses 3-d with a message', () => {
    expect(tableItem(5)).toMatchObject({ shape: [], rows: [['5']] });
    expect(tableItem([1, 2, 3])).toMatchObject({ shape: [3], rows: [['1', '2', '3']] });
    expect(tableItem([[1, 2], [3, 4]])).toMatchObject({ shape: [2, 2], rows: [['1', '2'], ['3', '4']], note: null });
    expect(() => tableItem([[[1]]])).toThrow('table 只能显示 0 到 2 维');
    expect(() => tableItem('x')).toThrow('需要张量或数组');
    const big = tableItem(Array.from({ length: MAX_ROWS + 5 }, (_, i) => [i]));
    expect(big.kind === 'table' && big.rows.length).toBe(MAX_ROWS);
    expect(big.kind === 'table' && big.note).toContain(`前 ${MAX_ROWS} 行`);
  });

  it('plots one series or several named ones, and refuses what is not a finite 1-d series', () => {
    expect(plotItem([3, 2, 1])).toEqual({ kind: 'plot', series: [{ name: 'y', ys: [3, 2, 1] }], note: null });
    const t = tf.tensor1d([1, 4]);
    expect(plotItem({ 训练: t, 测试: [2, 3] })).toMatchObject({ series: [{ name: '训练', ys: [1, 4] }, { name: '测试', ys: [2, 3] }] });
    t.dispose();
    expect(() => plotItem([[1, 2]])).toThrow('一维');
    expect(() => plotItem([1, NaN])).toThrow('有限数');
    expect(() => plotItem({})).toThrow('至少一个数列');
  });
});

describe('sandbox', () => {
  it('makes every blocked global throw a clear message, on the scope and on its prototype', () => {
    const proto = { fetch: () => 'network', postMessage: () => 'sent' };
    const scope = Object.create(proto) as Record<string, unknown>;
    scope.indexedDB = {};
    lockNames(scope);
    for (const name of Object.keys(BLOCKED)) expect(() => scope[name], name).toThrow(blockedMessage(name));
    expect(() => (proto as Record<string, unknown>).fetch).toThrow('网络（fetch）');
    expect(() => {
      scope.document = {};
    }).toThrow('document');
    expect(blockedMessage('localStorage')).toContain('不能使用 localStorage');
  });

  it('refuses dynamic import, however spaced, but not the word in a string', () => {
    for (const code of ['import("x")', 'await import ("x")', 'import/**/("x")', 'import\n("x")', 'import.meta']) expect(checkCode(code), code).not.toBeNull();
    expect(checkCode('print("imports and exports")')).toBeNull();
  });
});

describe('uncallable function constructors', () => {
  it('still answer instanceof and .constructor, but refuse to build code', () => {
    const F = uncallable(Function);
    expect(() => {}).toBeInstanceOf(F);
    expect({} instanceof F).toBe(false);
    expect(() => F('return 1')).toThrow('Function 构造器');
    expect(() => new F('return 1')).toThrow('Function 构造器');
  });
});
