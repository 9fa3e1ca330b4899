'use client';

import { useRef } from 'react';
import { analyse, PUBLISHED } from '@/lib/demos/scaling/analysis';
import { MIN_KEPT, type spec } from '@/lib/demos/scaling/params';
import { sci } from '@/lib/demos/compute-budget/ticks';
import { fixed } from '@/lib/demos/format';
import { NumbersTable } from '../kit/controls';
import { ParamControl } from '../kit/ParamControl';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import { useComputation } from '../kit/useComputation';
import { useDemo } from '../shell/DemoContext';
import { loadScaling } from './data';
import { ScalingChart, sizeName } from './ScalingChart';
import chart from '../kit/chart.module.css';
import s from './scaling.module.css';

/**
 * Chapter 9's scaling experiment: the book's seven mini GPTs, trained on the same characters of the
 * book (npm run train:scaling), their held-out losses against parameters or compute on log–log
 * axes, and a power law fitted live by least squares in log space. The reader leaves sizes out,
 * subtracts an irreducible loss E, and extrapolates; the exponent is compared with the papers'.
 */
export default function ScalingDemo() {
  const { values, set, hidden, reportSteps } = useDemo<typeof spec>();
  const runs = useRef(0);
  const key = JSON.stringify([values.x, values.out, values.e, values.ext]);
  const { value: a } = useComputation(key, async () => analyse(await loadScaling(), values), { onDone: () => reportSteps((runs.current += 1)) });
  const out = new Set(values.out);
  const toggle = (i: number) => set({ out: out.has(i) ? values.out.filter((o) => o !== i) : [...values.out, i] });
  const keptCount = a ? a.sizes.filter((p) => p.kept).length : 0;
  const unit = values.x === 'n' ? '个参数' : 'FLOP';
  const se = a && Number.isFinite(a.fit.alphaSe) ? ` ± ${fixed(a.fit.alphaSe, 3)}` : '';

  return (
    <DemoStage layout="single">
      <DemoVisual>
        {a ? <ScalingChart a={a} showCurves={!hidden.has('curves')} /> : <p className={chart.legend}>正在载入实验数据…</p>}
        <p className={chart.legend}>
          绿点：参加拟合的模型；空心：留在拟合之外；蓝线：拟合的幂律（虚线为外推）；红色菱形：外推的预测
          {values.x === 'c' ? '；细线：每个模型的留出损失随训练的变化，蓝点：这些曲线的下包络（计算最优前沿），拟合用的就是它' : ''}。
        </p>
      </DemoVisual>
      <RunBar label="参加拟合的模型">
        <div className={s.sizes} role="group" aria-label="参加拟合的模型（按下 = 参加）" data-demo-run="">
          {a?.sizes.map((p) => (
            <button
              key={p.index}
              type="button"
              aria-pressed={!out.has(p.index)}
              disabled={!out.has(p.index) && keptCount <= MIN_KEPT}
              onClick={() => toggle(p.index)}
              data-size-toggle={p.index}
            >
              {sizeName(p)}
            </button>
          ))}
        </div>
      </RunBar>
      <DemoSide className={chart.side}>
        <div>
          <ParamControl name="x" />
          <ParamControl name="e" format={(v) => fixed(v, 2)} />
          <ParamControl name="ext" format={(v) => `${sci(v, 2)} 倍`} />
        </div>
        {a ? (
          <dl className={chart.results} aria-live="polite">
            <dt>拟合（{a.fit.n} 个点，对数空间最小二乘）</dt>
            <dd data-fit-line="">
              {a.e > 0 ? `L − ${fixed(a.e, 2)}` : 'L'} = {sci(a.fit.a, 3)} × {values.x === 'n' ? 'N' : 'C'}
              <sup>−{fixed(a.fit.alpha, 3)}</sup>
            </dd>
            <dt>指数</dt>
            <dd data-alpha={a.fit.alpha}>
              α = {fixed(a.fit.alpha, 3)}
              {se}（一个标准误），R² = {fixed(a.fit.r2, 3)}
            </dd>
            <dt>外推</dt>
            <dd data-prediction="">
              {sci(a.extrapolated.x, 3)} {unit}时，损失 ≈ {fixed(a.extrapolated.loss, 3)} nats/字
            </dd>
            {hidden.has('compare') ? null : (
              <>
                <dt>论文里的指数</dt>
                <dd>
                  <ul className={s.compare}>
                    {PUBLISHED[values.x === 'n' ? 'n' : 'c'].map((p) => (
                      <li key={p.who}>
                        {p.who}：α ≈ {p.alpha}（{p.form}）
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        ) : null}
      </DemoSide>
      {a && !hidden.has('table') ? (
        <NumbersTable
          caption={`${a.sizes.length} 个模型`}
          head={['#', '模型', '不含嵌入的参数 N', '含嵌入', '计算量 C（FLOP）', '留出损失', '幂律给出', '参加拟合']}
          rows={a.sizes.map((p) => [
            p.index,
            sizeName(p),
            sci(p.nonEmbedding),
            sci(p.parameters),
            sci(p.flops),
            fixed(p.loss, 3),
            fixed(a.lossAt(p.x), 3),
            p.kept ? '是' : '否',
          ])}
        />
      ) : null}
    </DemoStage>
  );
}
