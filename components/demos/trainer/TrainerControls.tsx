'use client';

import { Select, Slider, Toggle } from '@/components/demos/kit/controls';
import { FEATURE_KEYS, TRAINER_TABLE, type TrainerValues } from '@/lib/demos/trainer/params';
import styles from './Trainer.module.css';

type Set = (patch: Partial<TrainerValues>) => void;

const FEATURE_LABELS: Record<(typeof FEATURE_KEYS)[number], string> = { x: 'X₁', y: 'X₂', x2: 'X₁²', y2: 'X₂²', xy: 'X₁X₂', sinx: 'sin(X₁)', siny: 'sin(X₂)' };

/** Data: dataset, noise, train/test split, regenerate, show test points. */
export function DataControls({ values, set, hidden }: { values: TrainerValues; set: Set; hidden: ReadonlySet<string> }) {
  const T = TRAINER_TABLE;
  return (
    <div className="controls">
      {hidden.has('dataset') ? null : <Select label={T.dataset.label} value={values.dataset} options={T.dataset.options} onChange={(v) => set({ dataset: v })} />}
      {hidden.has('noise') ? null : <Slider label={T.noise.label} value={values.noise} min={0} max={50} step={5} onChange={(v) => set({ noise: v })} />}
      {hidden.has('train') ? null : <Slider label={T.train.label} value={values.train} min={10} max={90} step={10} onChange={(v) => set({ train: v })} />}
      {hidden.has('seed') ? null : (
        <div className="control">
          <button type="button" onClick={() => set({ seed: (values.seed + 1) % 1_000_000 })}>
            重新生成数据（种子 {values.seed}）
          </button>
        </div>
      )}
      {hidden.has('showTest') ? null : <Toggle label={T.showTest.label} checked={values.showTest} onChange={(v) => set({ showTest: v })} />}
    </div>
  );
}

/** Input features as checkboxes; the last one chosen cannot be unticked. */
export function FeatureControls({ values, set }: { values: TrainerValues; set: Set }) {
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
export function NetworkControls({ values, set }: { values: TrainerValues; set: Set }) {
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

/** Activation, learning rate (log scale), batch size. */
export function TrainingControls({ values, set, hidden }: { values: TrainerValues; set: Set; hidden: ReadonlySet<string> }) {
  const T = TRAINER_TABLE;
  return (
    <div className="controls">
      {hidden.has('activation') ? null : <Select label={T.activation.label} value={values.activation} options={T.activation.options} onChange={(v) => set({ activation: v })} />}
      {hidden.has('lr') ? null : <Slider label={T.lr.label} value={values.lr} min={T.lr.min} max={T.lr.max} log format={(v) => String(v)} onChange={(v) => set({ lr: v })} />}
      {hidden.has('batch') ? null : <Slider label={T.batch.label} value={values.batch} min={1} max={30} step={1} onChange={(v) => set({ batch: v })} />}
    </div>
  );
}
