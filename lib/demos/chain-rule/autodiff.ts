/**
 * The same 2-2-1 loss written with tfjs ops, differentiated by tfjs itself (tf.grads), so the demo
 * can set the hand-applied chain rule beside automatic differentiation. tfjs is passed in, with its
 * gradients registered (lib/compute/tf.ts).
 * Only element-wise scalar ops, whose gradients every backend has. Leaves no tensors behind.
 */
import type { TfCore } from '@/lib/compute';
import { PARAM_NAMES, type Params, type Sample } from './params';

export async function autodiffGradients(tf: TfCore, p: Params, s: Sample): Promise<Params> {
  const inputs = PARAM_NAMES.map((n) => tf.scalar(p[n]));
  const x1 = tf.scalar(s.x1);
  const x2 = tf.scalar(s.x2);
  const y = tf.scalar(s.y);
  const half = tf.scalar(0.5);
  const loss = (...t: import('@tensorflow/tfjs-core').Tensor[]) => {
    const [w11, w12, b1, w21, w22, b2, v1, v2, c] = t;
    const a1 = tf.sigmoid(tf.add(tf.add(tf.mul(w11, x1), tf.mul(w12, x2)), b1));
    const a2 = tf.sigmoid(tf.add(tf.add(tf.mul(w21, x1), tf.mul(w22, x2)), b2));
    const yHat = tf.sigmoid(tf.add(tf.add(tf.mul(v1, a1), tf.mul(v2, a2)), c));
    return tf.mul(half, tf.square(tf.sub(yHat, y)));
  };
  const grads = tf.tidy(() => tf.grads(loss)(inputs));
  try {
    const values = await Promise.all(grads.map((g) => g.data()));
    const out = {} as Params;
    PARAM_NAMES.forEach((n, i) => (out[n] = values[i][0]));
    return out;
  } finally {
    tf.dispose([...grads, ...inputs, x1, x2, y, half]);
  }
}
