/**
 * What the teaching page (/teach/) needs to know about a demo: every name `?hide=` accepts, with a
 * label an instructor can read, and the links that the link builder writes.
 */
import { hideableNames, SHELL_CONTROLS, type DemoSpec } from './params';
import type { DemoInfo } from './registry';

export type HideKind = 'param' | 'view' | 'shell';

export interface HideOption {
  /** The name as `?hide=` takes it. */
  name: string;
  label: string;
  kind: HideKind;
}

/**
 * The parts of a demo's view that `?hide=` may name besides its parameters (each spec's
 * `controls`), and the shell's own. One wording per name across the demos; a name a spec adds
 * must be described here (tests/unit/demos/teach.test.ts checks every spec).
 */
export const VIEW_LABELS: Readonly<Record<string, string>> = {
  play: '运行、单步与重置按钮',
  table: '数值表格',
  check: '与模型前向计算的核对',
  chart: '曲线图',
  formula: '公式与计算过程',
  legend: '图例',
  entropy: '注意力熵面板',
  params: '参数面板',
  stop: '停止按钮',
  reset: '重置按钮',
  output: '输出区',
  models: '已知模型的标注',
  samples: '生成样本',
  fill: '完形填空面板',
  classify: '分类面板',
  code: '对应的代码',
  candidates: '候选词概率',
  preset: '预设选择',
  memory: '显存估算',
  chars: '按字切分的条带',
  bpe: 'BPE 切分的条带',
  bytes: '按字节切分的条带',
  cost: '长度与费用对比',
  bm25: 'BM25 排序一栏',
  bert: '迷你 BERT 向量排序一栏',
  curves: '各模型的学习曲线',
  compare: '论文指数对照',
  features: '输入特征选择',
  network: '网络结构设置',
  backend: '计算后端标记与切换',
  share: '复制链接与嵌入按钮',
};

/** Every name `?hide=` accepts for the demo, in hideableNames' order, with its label and kind. */
export function hideOptions(spec: DemoSpec): HideOption[] {
  const shell = SHELL_CONTROLS as readonly string[];
  return hideableNames(spec).map((name) => {
    const param = Object.prototype.hasOwnProperty.call(spec.params, name) ? spec.params[name] : undefined;
    if (param) return { name, label: param.label, kind: 'param' as const };
    return { name, label: VIEW_LABELS[name] ?? name, kind: shell.includes(name) ? ('shell' as const) : ('view' as const) };
  });
}

/**
 * The chapter link and the embed address for a demo set up as in `search` (the query of the demo
 * being built, which holds its state as the shell writes it) with `hide` hidden. The builder owns
 * hide and show: theirs are dropped from `search` first.
 *
 * - chapter: `<site>/<chapter>/?<state>&<name>.hide=a,b#demo-<name>` (the demo's own `hide`, so
 *   other demos of the chapter keep their controls; the badge and buttons show unless hidden);
 * - embed: `<site>/embed/<name>/?<state>&hide=a,b&show=backend,share` (an embed hides the badge and
 *   the buttons unless `show=` names them).
 */
export function teachLinks(
  info: Pick<DemoInfo, 'name' | 'aliases' | 'chapter'>,
  search: string,
  hide: readonly string[],
  show: readonly string[],
  site: string,
): { chapter: string; embed: string } {
  const own = [info.name, ...info.aliases];
  const state = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'hide' || key === 'show' || own.some((ns) => key === `${ns}.hide`)) continue;
    state.append(key, value);
  }
  const query = (extra: [string, string][]) => {
    const params = new URLSearchParams(state);
    for (const [k, v] of extra) if (v) params.set(k, v);
    const text = params.toString().replaceAll('%2C', ',');
    return text ? `?${text}` : '';
  };
  const chapterHide = [...hide, ...SHELL_CONTROLS.filter((c) => !show.includes(c) && !hide.includes(c))];
  return {
    chapter: `${site}/${info.chapter}/${query([[`${info.name}.hide`, chapterHide.join(',')]])}#demo-${info.name}`,
    embed: `${site}/embed/${info.name}/${query([
      ['hide', hide.join(',')],
      ['show', show.filter((c) => !hide.includes(c)).join(',')],
    ])}`,
  };
}
