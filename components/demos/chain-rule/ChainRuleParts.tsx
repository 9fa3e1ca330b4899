'use client';

import { withMinus } from '@/lib/demos/format';
import { ParamControl } from '../kit/ParamControl';
import {
  PARAM_LABELS,
  PARAM_NAMES,
  fmt,
  maxAbsDifference,
  type Values,
  type Params,
  type Step,
} from '@/lib/demos/chain-rule/params';
import styles from './ChainRule.module.css';

const PHASE = { forward: '前向传播', backward: '反向传播', check: '对照' } as const;

/** The current step: what is computed, how, with which numbers; for a gradient, its chain. */
export function StepPanel({ step, index, total }: { step: Step | null; index: number; total: number }) {
  if (!step) {
    return (
      <div className={styles.panel} aria-live="polite">
        <p className={styles.phase}>第 0 / {total} 步</p>
        <p>按「下一步」开始前向传播：从输入开始，一个节点一个节点地计算。</p>
      </div>
    );
  }
  return (
    <div className={styles.panel} aria-live="polite">
      <p className={styles.phase}>
        第 {index} / {total} 步 · {PHASE[step.phase]}
      </p>
      {step.phase === 'check' ? (
        <p>反向传播（上面逐步手算的链式法则）与 TensorFlow.js 自动微分（tf.grads）分别求出全部 9 个偏导数，见下表。</p>
      ) : (
        <>
          <p className={styles.formula}>
            {step.symbol} = {step.formula} = <span className={styles.value}>{fmt(step.value)}</span>
          </p>
          {step.chain.length > 1 ? (
            <ol className={styles.chain} aria-label="局部导数的连乘">
              {step.chain.map((c) => (
                <li key={c.symbol}>
                  {c.symbol} = {fmt(c.value)}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </div>
  );
}

/** Hand-computed gradients beside tfjs autodiff and finite differences, with the agreement. */
export function CheckTable({ hand, auto, numeric }: { hand: Params; auto: Params | null; numeric: Params }) {
  const diff = auto ? maxAbsDifference(hand, auto) : null;
  return (
    <div className={styles.tableWrap} tabIndex={0}>
      <table className={styles.table} data-testid="cr-check">
        <caption>
          {diff === null ? (
            '正在用自动微分计算…'
          ) : (
            <>
              最大 |手算 − 自动微分| = <span className={styles.agree} data-testid="cr-agreement">{withMinus(diff.toExponential(2))}</span>
              {diff < 1e-5 ? '（在 float32 精度内一致）' : '（不一致！）'}
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">参数</th>
            <th scope="col">链式法则（float64）</th>
            <th scope="col">tf.grads（float32）</th>
            <th scope="col">中心差分</th>
          </tr>
        </thead>
        <tbody>
          {PARAM_NAMES.map((n) => (
            <tr key={n}>
              <th scope="row">∂L/∂{PARAM_LABELS[n]}</th>
              <td>{fmt(hand[n])}</td>
              <td>{auto ? fmt(auto[n]) : '…'}</td>
              <td>{fmt(numeric[n])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Editable = Exclude<keyof Values, 'step'>;
const EDITABLE: Editable[] = ['x1', 'x2', 'y', ...PARAM_NAMES];

/** Inputs for the sample and the nine parameters (number fields, clamped to the table). */
export function ParamInputs() {
  return (
    <fieldset className={styles.params}>
      <legend className="visually-hidden">样本与参数</legend>
      {EDITABLE.map((key) => (
        <ParamControl key={key} name={key} />
      ))}
    </fieldset>
  );
}
