/** Top-k selection and cosine similarity, shared by both rankings. */

export interface Ranked {
  index: number;
  score: number;
}

/** The k highest scores, best first (ties: the earlier document first); scores ≤ `floor` are left out. */
export function topK(scores: ArrayLike<number>, k: number, floor = -Infinity): Ranked[] {
  const out: Ranked[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] > floor) out.push({ index: i, score: scores[i] });
  out.sort((a, b) => b.score - a.score || a.index - b.index);
  return out.slice(0, k);
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>, offsetB = 0): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[offsetB + i];
  return s;
}

/** cos(a, b) = a·b / (‖a‖‖b‖); 0 when either is the zero vector. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`cosine: lengths ${a.length} and ${b.length} differ`);
  const na = Math.sqrt(dot(a, a));
  const nb = Math.sqrt(dot(b, b));
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Cosine of `q` with each row of `rows` (n × d, row-major). */
export function cosineScores(q: ArrayLike<number>, rows: ArrayLike<number>, d: number): Float64Array {
  if (q.length !== d || rows.length % d !== 0) throw new Error(`cosineScores: a query of ${q.length} against rows of ${d}`);
  const n = rows.length / d;
  const out = new Float64Array(n);
  const nq = Math.sqrt(dot(q, q));
  for (let r = 0; r < n; r++) {
    let s = 0;
    let nr = 0;
    for (let i = 0; i < d; i++) {
      const x = rows[r * d + i];
      s += q[i] * x;
      nr += x * x;
    }
    out[r] = nq === 0 || nr === 0 ? 0 : s / (nq * Math.sqrt(nr));
  }
  return out;
}
