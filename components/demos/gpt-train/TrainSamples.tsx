'use client';

import type { Sample } from './trainState';
import s from './train.module.css';

/** Line breaks in a sample, shown as ↵ so each sample stays on its line. */
const visible = (text: string) => text.replace(/\n/g, '↵');

/** The samples generated during training, newest first, each with the step it was made at. */
export function TrainSamples({ samples }: { samples: readonly Sample[] }) {
  return (
    <section className={s.samples} aria-label="训练过程中的续写样例">
      <p className={s.samplesTitle}>续写样例（温度 0.8，固定随机种子；最新的在上）</p>
      {samples.length === 0 ? (
        <p className={s.hint}>还没有样例。</p>
      ) : (
        <ol data-testid="gt-samples" tabIndex={0} aria-label="续写样例列表">
          {samples.map((x) => (
            <li key={x.step} data-step={x.step}>
              <span className={s.sampleStep}>第 {x.step} 步</span>
              <span className={s.sampleText}>
                <strong>{x.prompt}</strong>
                {visible(x.text)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
