/** Parameter tables and their URL state: defaults, round-trips, clamping, notices, hidden controls. */
import { describe, expect, it } from 'vitest';
import { decode, defaults, defineSpec, encode, initialState, resolveHidden, type ParamTable } from '@/lib/demos/params';
import { SPECS } from '@/lib/demos/specs';
import { parseQuery } from '@/lib/demos/url';
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
    ['gd.bogus=1', {}, /未知参数「\u2068gd\.bogus\u2069」/],
  ])('clamps %s with a notice', (query, expected, notice) => {
    const { values, notices } = decode(TABLE, `?${query}`, 'gd');
    expect(values).toMatchObject({ ...defaults(TABLE), ...expected });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
  });

  it('ignores keys of other namespaces', () => {
    expect(decode(TABLE, '?at.lr=abc&lr=5', 'gd').notices).toEqual([]);
  });

  it('reads the controls an embed hides; an unknown name in the demo’s own hide= gets a notice', () => {
    const spec = defineSpec({ params: TABLE, controls: ['play'] });
    expect([...resolveHidden(spec, '?hide=lr,opt,nonsense', 'gd').hidden].sort()).toEqual(['lr', 'opt']);
    expect(resolveHidden(spec, '?hide=lr,opt,nonsense', 'gd').notices).toEqual([]);
    expect([...resolveHidden(spec, '?gd.hide=play,share', 'gd').hidden].sort()).toEqual(['play', 'share']);
    const bad = resolveHidden(spec, '?gd.hide=plya', 'gd');
    expect(bad.hidden.size).toBe(0);
    expect(bad.notices[0]).toMatch(/plya/);
    expect(bad.notices[0]).toContain('play');
    expect(decode(TABLE, '?gd.hide=lr', 'gd').notices).toEqual([]);
  });

  it('on /embed/ hides the badge and the share buttons unless show= asks for them; hide= still wins', () => {
    const spec = defineSpec({ params: TABLE, controls: ['play'] });
    const hidden = (q: string, embedded: boolean) => [...resolveHidden(spec, q, 'gd', ['old'], embedded).hidden].sort();
    expect(hidden('', false)).toEqual([]);
    expect(hidden('', true)).toEqual(['backend', 'share']);
    expect(hidden('?show=backend', true)).toEqual(['share']);
    expect(hidden('?show=backend,share', true)).toEqual([]);
    expect(hidden('?show=share,lr,nonsense', true)).toEqual(['backend']);
    expect(hidden('?show=backend,share&hide=backend', true)).toEqual(['backend']);
    expect(hidden('?show=backend,share&old.hide=share', true)).toEqual(['share']);
    // in a chapter show= changes nothing (everything is shown there)
    expect(hidden('?show=share&hide=lr', false)).toEqual(['lr']);
    expect(resolveHidden(spec, '?show=lr', 'gd', [], true).notices).toEqual([]);
    // <ns>.show is a parameter's key (gd-explorer has a parameter named show), never the embed's
    const withShow = { ...TABLE, show: { kind: 'enum', label: '公式', default: 'sgd', options: [{ value: 'sgd', label: 'SGD' }, { value: 'momentum', label: '动量' }] } } as const satisfies ParamTable;
    const gd = defineSpec({ params: withShow, controls: [] });
    expect(decode(withShow, '?gd.show=momentum', 'gd')).toMatchObject({ values: { show: 'momentum' }, notices: [] });
    expect([...resolveHidden(gd, '?gd.show=share', 'gd', [], true).hidden].sort()).toEqual(['backend', 'share']);
    expect(encode(withShow, { ...defaults(withShow), show: 'momentum' }, 'gd', '?show=share')).toBe('?show=share&gd.show=momentum');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('treats the prototype key %s as unknown, for every demo', (key) => {
    for (const [name, spec] of Object.entries(SPECS)) {
      const state = initialState(spec, `?${name}.${key}=1&${name}.hide=${key}`, name);
      expect(state.values, name).toEqual(defaults(spec.params));
      expect(state.hidden.size, name).toBe(0);
      expect(state.notices.some((n) => n.includes('未知参数')), name).toBe(true);
    }
  });

  it('bounds the raw value it echoes and isolates it from bidi reordering', () => {
    const { notices } = decode(TABLE, `?gd.lr=${'9'.repeat(100_000)}x&gd.opt=%E2%80%AEevil`, 'gd');
    expect(notices).toHaveLength(2);
    for (const n of notices) expect(Array.from(n).length).toBeLessThan(120);
    expect(notices[1]).toContain('\u2068\u202Eevil\u2069');
  });

  it('runs normalize on the values read from the URL', () => {
    const spec = defineSpec({
      params: TABLE,
      controls: [],
      normalize: (v) => (v.steps > 100 && v.opt === 'sgd' ? { values: { ...v, steps: 100 }, notices: ['SGD 最多 100 步'] } : { values: v, notices: [] }),
    });
    expect(initialState(spec, '?gd.steps=500', 'gd')).toMatchObject({ values: { steps: 100 }, notices: ['SGD 最多 100 步'] });
    expect(initialState(spec, '?gd.steps=500&gd.opt=adam', 'gd')).toMatchObject({ values: { steps: 500 }, notices: [] });
  });
});

describe('the tolerant query parser', () => {
  it('repairs malformed escapes instead of throwing, keeping the valid characters', () => {
    const q = parseQuery('?utm=%E0%A4%A&gpt.prompt=%E6%A2%AF%E5%BA&x=100%');
    expect(q.entries).toEqual([['utm', ''], ['gpt.prompt', '梯'], ['x', '100']]);
    expect(q.notices).toHaveLength(3);
    expect(q.cleaned).toBe('?utm=&gpt.prompt=%E6%A2%AF&x=100');
  });

  it('drops tfjsflags and says so', () => {
    const q = parseQuery('?tfjsflags=DEBUG:true&gd.lr=0.1');
    expect(q.entries).toEqual([['gd.lr', '0.1']]);
    expect(q.notices[0]).toContain('tfjsflags');
    expect(q.cleaned).toBe('?gd.lr=0.1');
  });

  it('leaves a sound query alone', () => {
    expect(parseQuery('?gd.lr=0.1&backend=wasm&bert.masks=3%2C7')).toEqual({ entries: [['gd.lr', '0.1'], ['backend', 'wasm'], ['bert.masks', '3,7']], notices: [], cleaned: null });
  });
});

describe('demo registry', () => {
  it('gives every demo one name (its URL namespace) and distinct old aliases, and a spec', () => {
    const names = DEMOS.map((d) => d.name);
    const namespaces = [...names, ...DEMOS.flatMap((d) => d.aliases)];
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const d of DEMOS) expect(d.name).toMatch(/^[a-z][a-z-]*$/);
    expect(Object.keys(SPECS).sort()).toEqual([...names].sort());
  });
});
