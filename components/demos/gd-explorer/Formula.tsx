'use client';

import { updateNumbers, type PathPoint } from '@/lib/demos/gd-explorer/formula';
import { fmt, fmtLr, fmtVec, type OptimizerId } from '@/lib/demos/gd-explorer/params';
import styles from './GdExplorer.module.css';

const T = ({ s }: { s: string }) => (
  <>
    θ<sub>{s}</sub>
  </>
);

/** The update rule of one optimizer with the numbers of its latest step filled in. */
export function Formula({ kind, label, path, lr, beta, names = ['θ₁', 'θ₂'] }: { kind: OptimizerId; label: string; path: readonly PathPoint[]; lr: number; beta: number; names?: string[] }) {
  const u = updateNumbers(path, lr);
  if (!u) return null;
  const t = u.t;
  const a = fmtLr(lr);
  return (
    <div className={styles.formula} aria-live="polite" data-testid="gd-formula">
      <p className={styles.formulaTitle}>
        {u.next ? `${label} 的第 ${t + 1} 步（t = ${t}，θ = (${names.join(', ')})）：` : `${label}：起点（t = 0，θ = (${names.join(', ')})）`}
      </p>
      {kind === 'sgd' ? (
        <p>
          <T s="t+1" /> = <T s="t" /> − α ∇L(<T s="t" />)
        </p>
      ) : kind === 'momentum' ? (
        <p>
          v<sub>t+1</sub> = β v<sub>t</sub> + ∇L(<T s="t" />)，&nbsp;<T s="t+1" /> = <T s="t" /> − α v<sub>t+1</sub>
        </p>
      ) : (
        <p>
          <T s="t+1" /> = <T s="t" /> − α m̂<sub>t+1</sub> / (√v̂<sub>t+1</sub> + ε)
        </p>
      )}
      <ul className={styles.formulaNumbers}>
        <li>
          <T s="t" /> = {fmtVec(u.theta)}，L(<T s="t" />) = {fmt(path[t].loss)}
        </li>
        <li>
          ∇L(<T s="t" />) = {fmtVec(u.grad)}
        </li>
        <li>α = {a}</li>
        {u.next && u.direction ? (
          kind === 'sgd' ? (
            <li>
              <T s="t+1" /> = {fmtVec(u.theta)} − {a} × {fmtVec(u.grad)} = <strong>{fmtVec(u.next)}</strong>
            </li>
          ) : kind === 'momentum' ? (
            <>
              <li>
                v<sub>t+1</sub> = {fmt(beta, 2)} × {fmtVec(u.prevVelocity ?? [])} + {fmtVec(u.grad)} = {fmtVec(u.direction)}
              </li>
              <li>
                <T s="t+1" /> = {fmtVec(u.theta)} − {a} × {fmtVec(u.direction)} = <strong>{fmtVec(u.next)}</strong>
              </li>
            </>
          ) : (
            <li>
              m̂/(√v̂ + ε) = {fmtVec(u.direction)}，<T s="t+1" /> = {fmtVec(u.theta)} − {a} × {fmtVec(u.direction)} ={' '}
              <strong>{fmtVec(u.next)}</strong>
            </li>
          )
        ) : (
          <li>按「单步」计算 θ<sub>1</sub>。</li>
        )}
      </ul>
    </div>
  );
}
