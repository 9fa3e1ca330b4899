'use client';

import type { Allocation, PlacedModel } from '@/lib/demos/compute-budget/chinchilla';
import { CHINCHILLA, optimumScale } from '@/lib/demos/compute-budget/chinchilla';
import type { Accelerator, TrainingCost } from '@/lib/demos/compute-budget/hardware';
import { countZh, sci } from '@/lib/demos/compute-budget/ticks';
import { fixed, int } from '@/lib/demos/format';
import { NumbersTable } from '../kit/controls';
import chart from '../kit/chart.module.css';
import s from './ComputeBudget.module.css';

const days = (d: number) => (d >= 730 ? `${fixed(d / 365.25, 1)} 年` : d >= 10 ? `${int(d)} 天` : `${Number(d.toPrecision(2))} 天`);
const dollars = (v: number) => (v >= 1e8 ? `${Number((v / 1e8).toPrecision(3))} 亿美元` : v >= 1e4 ? `${Number((v / 1e4).toPrecision(3))} 万美元` : `${int(v)} 美元`);

/** What the budget buys: the fit's optimum, the 20N rule, and time and money on the chosen hardware, with the formulas filled in. */
export function Results({ budget, best, rule, cost, hw, mfu, gpus, price, showFormula }: {
  budget: number; best: Allocation; rule: Allocation; cost: TrainingCost; hw: Accelerator; mfu: number; gpus: number; price: number; showFormula: boolean;
}) {
  const exp = CHINCHILLA.beta / (CHINCHILLA.alpha + CHINCHILLA.beta);
  return (
    <dl className={chart.results} data-testid="cb-results">
      <dt>拟合的最优分配（Chinchilla 方法 3）</dt>
      <dd>
        N* = <span data-testid="cb-nopt">{sci(best.n)}</span>（约 {countZh(best.n)} 参数），D* = {sci(best.d)} 词元，D*/N* ≈ {fixed(best.d / best.n, 0)}，L = {fixed(best.loss, 3)}
      </dd>
      {showFormula ? <dd className={s.formula}>N* = G·(C/6)<sup>β/(α+β)</sup> = {fixed(optimumScale(), 3)} × ({sci(budget / 6)})<sup>{fixed(exp, 3)}</sup></dd> : null}
      <dt>经验法则 D ≈ 20N</dt>
      <dd>
        N = √(C/120) = <span data-testid="cb-nrule">{sci(rule.n)}</span>，D = {sci(rule.d)}，L = {fixed(rule.loss, 3)}
      </dd>
      <dt>
        在 {int(gpus)} 块 {hw.label} 上
      </dt>
      <dd>
        约 <strong data-testid="cb-days">{days(cost.days)}</strong>，共 <span data-testid="cb-gpudays">{int(cost.gpuDays)}</span> 卡·天，按每卡时 {fixed(price, 2)} 美元约 {dollars(cost.cost)}
      </dd>
      {showFormula ? (
        <dd className={s.formula} data-testid="cb-formula">
          t = C / (n·F<sub>peak</sub>·u) = {sci(budget)} / ({int(gpus)} × {sci(hw.peak)} × {fixed(mfu, 2)}) = {sci(cost.days * 86_400)} 秒
        </dd>
      ) : null}
    </dl>
  );
}

/** Every number of the chart as a table: the budget's two allocations and the five models. */
export function BudgetTable({ best, rule, models, gpuDaysOf }: { best: Allocation; rule: Allocation; models: PlacedModel[]; gpuDaysOf: (c: number) => number }) {
  const row = (name: string, n: number, d: number, l: number) => [name, sci(n), sci(d), fixed(d / n, 1), sci(6 * n * d), fixed(l, 3), int(gpuDaysOf(6 * n * d))];
  return (
    <div className={s.table}>
      <NumbersTable
      caption="预算、最优分配与已知模型"
      head={['', '参数 N', '词元 D', 'D/N', 'C = 6ND（FLOP）', '拟合损失 L', '卡·天（当前设置）']}
      rows={[
        row('你的预算：拟合最优', best.n, best.d, best.loss),
        row('你的预算：D ≈ 20N', rule.n, rule.d, rule.loss),
        ...models.map((m) => row(m.name, m.n, m.d, m.loss)),
        ]}
      />
    </div>
  );
}
