'use client';

import { FEATURE_KEYS, type spec } from '@/lib/demos/trainer/params';
import { ParamControl } from '../kit/ParamControl';
import { useDemo } from '../shell/DemoContext';
import styles from './Trainer.module.css';

export const FEATURE_LABELS: Record<(typeof FEATURE_KEYS)[number], string> = { x: 'X₁', y: 'X₂', x2: 'X₁²', y2: 'X₂²', xy: 'X₁X₂', sinx: 'sin(X₁)', siny: 'sin(X₂)' };

/** The data's other settings: noise, train/test split, regenerate, show test points (none for drawn points). */
export function DataControls({ drawn }: { drawn: boolean }) {
  const { values, set, hidden } = useDemo<typeof spec>();
  if (drawn) return null;
  return (
    <>
      <ParamControl name="noise" />
      <ParamControl name="train" />
      {hidden.has('seed') ? null : (
        <div className="control">
          <button type="button" onClick={() => set({ seed: (values.seed + 1) % 1_000_000 })}>
            重新生成数据（种子 {values.seed}）
          </button>
        </div>
      )}
      <ParamControl name="showTest" />
    </>
  );
}

/** Input features as checkboxes; the last one chosen cannot be unticked. */
export function FeatureControls() {
  const { values, set } = useDemo<typeof spec>();
  const chosen = FEATURE_KEYS.filter((k) => values[k]).length;
  return (
    <fieldset className={styles.features}>
      <legend>输入特征</legend>
      {FEATURE_KEYS.map((k) => (
        <label key={k}>
          <input type="checkbox" name={k} checked={values[k]} disabled={values[k] && chosen === 1} onChange={(e) => set({ [k]: e.target.checked })} />
          {FEATURE_LABELS[k]}
        </label>
      ))}
    </fieldset>
  );
}

/** Hidden layers: 0–6 layers of 1–8 units, with + and − buttons. */
export function NetworkControls() {
  const { values, set } = useDemo<typeof spec>();
  const layers = values.layers;
  const setLayer = (i: number, units: number) => set({ layers: layers.map((u, j) => (j === i ? units : u)) });
  return (
    <fieldset className={styles.network}>
      <legend>隐藏层：{layers.length} 层</legend>
      <div className={styles.row}>
        <button type="button" onClick={() => set({ layers: [...layers, 4] })} disabled={layers.length >= 6}>
          ＋ 增加一层
        </button>
        <button type="button" onClick={() => set({ layers: layers.slice(0, -1) })} disabled={layers.length === 0}>
          − 去掉最后一层
        </button>
      </div>
      <ol className={styles.layers}>
        {layers.map((units, i) => (
          <li key={i}>
            <span>
              第 {i + 1} 层：{units} 个神经元
            </span>
            <button type="button" aria-label={`第 ${i + 1} 层增加一个神经元`} onClick={() => setLayer(i, units + 1)} disabled={units >= 8}>
              ＋
            </button>
            <button type="button" aria-label={`第 ${i + 1} 层减少一个神经元`} onClick={() => setLayer(i, units - 1)} disabled={units <= 1}>
              −
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

/** Activation, batch size, regularisation and its rate. */
export function TrainingControls() {
  const { values } = useDemo<typeof spec>();
  return (
    <>
      <ParamControl name="activation" />
      <ParamControl name="batch" />
      <ParamControl name="reg" />
      {values.reg === 'none' ? null : <ParamControl name="regRate" />}
    </>
  );
}
