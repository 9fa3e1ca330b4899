/** No public call leaves tensors behind beyond what it hands to the caller. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as M from '@/lib/compute/maths';
import { expectNoLeak, tf, useCpu } from './setup';

beforeAll(useCpu);

describe('tensor bookkeeping', () => {
  it('10,000 training steps leave tf.memory().numTensors unchanged', async () => {
    const pts = M.makeDataset('circle', M.createRng(1), { numPoints: 100 });
    const X = M.featureMatrix(pts, ['x', 'y']);
    const T = M.targetsFor(pts, 'mse');
    const net = new M.Mlp({ inputSize: 2, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'tanh' }] }, M.createRng(2));
    const before = tf.memory().numTensors;
    for (let e = 0; e < 1000; e++) M.trainEpoch(net, X, T, 10, { learningRate: 0.03, loss: 'mse' }); // 10 steps each
    expect(tf.memory().numTensors).toBe(before);
    expect(await M.evaluateLoss(net, X, T, 'mse')).toBeLessThan(0.2);
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
    tf.dispose([X, T]);
  });

  it('gradient descent and regression runs free everything on dispose', async () => {
    for (const obj of [M.quadraticBowl(5), M.rosenbrock(), M.saddle(), M.himmelblau()]) {
      for (const kind of ['sgd', 'momentum', 'adam'] as const) {
        await expectNoLeak(async () => {
          const run = new M.Descent2D(obj, { kind, learningRate: 1e-3 });
          await run.run(20);
          await run.current();
          run.dispose();
        });
      }
      await expectNoLeak(() => M.objectiveGrid(obj, 8));
      const th = tf.tensor1d([0.3, 0.2]);
      await expectNoLeak(() => M.objectiveValue(obj, th), (t) => t.dispose());
      await expectNoLeak(() => M.objectiveGradient(obj, th), (t) => t.dispose());
      th.dispose();
    }
    await expectNoLeak(async () => {
      const gd = new M.LinearRegressionGD(M.makeLineData(M.createRng(1), 20, 1, 0, 0.1), { kind: 'momentum', learningRate: 0.01 });
      await gd.run(30);
      await gd.step();
      gd.dispose();
    });
    // a diverging run stops cleanly too
    await expectNoLeak(async () => {
      const run = new M.Descent2D(M.quadraticBowl(10), { kind: 'sgd', learningRate: 1 });
      await run.run(200);
      run.dispose();
    });
  });

  it('every MLP and attention call hands over exactly what it returns', async () => {
    const net = new M.Mlp({ inputSize: 3, layers: [{ units: 4, activation: 'relu' }, { units: 1, activation: 'sigmoid' }] }, M.createRng(3));
    const X = tf.tensor2d([[1, 2, 3], [0, -1, 0.5]]);
    const T = tf.tensor2d([[1], [0]]);
    const pass = await expectNoLeak(() => M.forward(net, X), M.disposeForward);
    expect(pass.output.isDisposed).toBe(true);
    await expectNoLeak(() => {
      const p = M.forward(net, X);
      const g = M.backward(net, p, T, 'bce');
      M.disposeForward(p);
      return g;
    }, M.disposeBackward);
    await expectNoLeak(() => M.predict(net, X), (t) => t.dispose());
    await expectNoLeak(() => M.evaluateLoss(net, X, T, 'bce'));
    await expectNoLeak(() => M.trainStep(net, X, T, { learningRate: 0.1, loss: 'bce' }));
    await expectNoLeak(() => M.trainEpoch(net, X, T, 1, { learningRate: 0.1, loss: 'bce' }));
    await expectNoLeak(async () => {
      const grid = M.createBoundaryGrid(10, ['x', 'y', 'xy']);
      await M.decisionBoundary(net, grid);
      grid.dispose();
    });
    await expectNoLeak(() => M.featureMatrix([{ x: 1, y: 2, label: 1 }], ['x']), (t) => t.dispose());
    await expectNoLeak(() => M.targetsFor([{ x: 1, y: 2, label: 1 }], 'mse'), (t) => t.dispose());
    for (const a of Object.values(M.ACTIVATIONS)) {
      await expectNoLeak(() => tf.tidy(() => a.der(X, a.output(X))), (t) => t.dispose());
    }
    const Q = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
    await expectNoLeak(() => M.scaledDotProductAttention(Q, Q, Q, { causal: true }), M.disposeAttention);
    await expectNoLeak(() => M.rowEntropy(Q), (t) => t.dispose());
    await expectNoLeak(() => M.causalMask(3, 3), (t) => t.dispose());
    const mha = new M.MultiHeadAttention({ dModel: 2, numHeads: 2 }, M.createRng(1));
    await expectNoLeak(() => mha.forward(Q), M.disposeMultiHead);
    await expectNoLeak(() => {
      const o = M.createOptimizer({ kind: 'adam', learningRate: 0.1 });
      const r = o.update(Q, Q);
      o.dispose();
      return r;
    }, (t) => t.dispose());
    mha.dispose();
    net.dispose();
    tf.dispose([X, T, Q]);
  });
});
