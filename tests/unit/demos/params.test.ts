/** Parameter tables and their URL state: defaults, round-trips, clamping, notices, hidden controls. */
import { describe, expect, it } from 'vitest';
import { decode, defaults, encode, hiddenControls, type ParamTable } from '@/lib/demos/params';
import { DEMOS } from '@/lib/demos/registry';

const TABLE = {
  lr: { kind: 'number', label: '学习率', default: 0.1, min: 1e-4, max: 10, scale: 'log' },
  steps: { kind: 'int', label: '步数', default: 50, min: 1, max: 1000 },
  opt: { kind: 'enum', label: '优化器', default: 'sgd', options: [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam' }] },
  causal: { kind: 'bool', label: '因果掩码', default: false },
  text: { kind: 'text', label: '句子', default: '我爱读书', maxLength: 8 },
  layers: { kind: 'list', label: '隐藏层', default: [4, 2], min: 1, max: 8, minLength: 0, maxLength: 6 },
} as const satisfies ParamTable;

describe('URL state', () => {
  it('has the defaults when the query says nothing, and writes nothing for them', () => {
    const { values, notices } = decode(TABLE, '', 'gd');
    expect(values).toEqual(defaults(TABLE));
    expect(notices).toEqual([]);
    expect(encode(TABLE, values, 'gd')).toBe('');
  });

  it('round-trips every kind of value', () => {
    const values = { lr: 0.0316, steps: 7, opt: 'adam', causal: true, text: '猫坐在垫子上', layers: [8, 8, 3] };
    const search = encode(TABLE, values, 'gd');
    expect(search).toContain('gd.lr=0.0316');
    expect(decode(TABLE, search, 'gd')).toEqual({ values, notices: [] });
  });

  it('keeps other demos’ keys and the backend choice', () => {
    const search = encode(TABLE, { ...defaults(TABLE), steps: 3 }, 'gd', '?backend=wasm&at.dk=8&gd.steps=9');
    const params = new URLSearchParams(search);
    expect(params.get('backend')).toBe('wasm');
    expect(params.get('at.dk')).toBe('8');
    expect(params.get('gd.steps')).toBe('3');
  });

  it.each([
    ['gd.lr=abc', { lr: 0.1 }, /不是数/],
    ['gd.lr=1e9', { lr: 10 }, /超出范围/],
    ['gd.lr=-1', { lr: 1e-4 }, /超出范围/],
    ['gd.steps=2.6', { steps: 3 }, /超出范围|已改为/],
    ['gd.opt=rmsprop', { opt: 'sgd' }, /不是可选值/],
    ['gd.causal=yes', { causal: false }, /应为 0 或 1/],
    ['gd.text=一二三四五六七八九十', { text: '一二三四五六七八' }, /已截断/],
    ['gd.layers=9,x', { layers: [4, 2] }, /不是逗号分隔的数/],
    ['gd.layers=1,2,3,4,5,6,7', { layers: [1, 2, 3, 4, 5, 6] }, /最多 6 项/],
    ['gd.layers=0,9', { layers: [1, 8] }, /已调整/],
    ['gd.bogus=1', {}, /未知参数「gd\.bogus」/],
  ])('clamps %s with a notice', (query, expected, notice) => {
    const { values, notices } = decode(TABLE, `?${query}`, 'gd');
    expect(values).toMatchObject({ ...defaults(TABLE), ...expected });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
  });

  it('ignores keys of other namespaces', () => {
    expect(decode(TABLE, '?at.lr=abc&lr=5', 'gd').notices).toEqual([]);
  });

  it('reads the controls an embed hides, ignoring unknown names', () => {
    expect([...hiddenControls(TABLE, '?hide=lr,opt,nonsense', 'gd')].sort()).toEqual(['lr', 'opt']);
    expect([...hiddenControls(TABLE, '?gd.hide=play', 'gd', ['play'])]).toEqual(['play']);
    expect(decode(TABLE, '?gd.hide=lr', 'gd').notices).toEqual([]);
  });
});

describe('demo registry', () => {
  it('gives every demo a unique name and URL namespace', () => {
    expect(new Set(DEMOS.map((d) => d.name)).size).toBe(DEMOS.length);
    expect(new Set(DEMOS.map((d) => d.ns)).size).toBe(DEMOS.length);
    for (const d of DEMOS) expect(d.ns).toMatch(/^[a-z]+$/);
  });
});
