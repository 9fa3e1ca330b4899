/**
 * The explorer on the mini GPT's trained weights (tfjs cpu, the shipped model): with the mask and
 * the scaling on (what the model does), every head's Q, K, V, weights and the projected output
 * equal the model's own layer (the transformer-view trace, itself checked against plain loops);
 * without the mask each row spreads over the whole sentence; nothing leaks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, expectNoLeak, useCpu } from '../../compute/setup';
import { loadShippedModel } from '../../../models/shipped';
import { miniModel, type MiniModel } from '@/lib/models/mini-model';
import { computeGptAttention } from '@/lib/demos/attention/gpt';
import { row, traceTransformer } from '@/lib/demos/transformer-view/engine';

let model: MiniModel;
beforeAll(async () => {
  await useCpu();
  model = miniModel(await loadShippedModel('gpt'));
});
const weights = () => ({ params: model.params, config: model.manifest.config, vocab: model.vocab });

describe('attention explorer with the mini GPT weights', () => {
  it('equals the model’s own layer with the causal mask and the scaling on', async () => {
    const tokens = Array.from('小猫坐在垫子上');
    const ids = tokens.map((t) => model.vocab.encode(t).ids[0]);
    const trace = await traceTransformer(model.params, model.manifest.config, ids);
    for (const layer of [1, 3]) {
      const run = await expectNoLeak(() => computeGptAttention(weights(), tokens, layer, true, true));
      const lt = trace.layers[layer - 1];
      const { nHeads: H, dModel: d } = model.manifest.config;
      const dk = d / H;
      expect([run.heads, run.dk, run.dModel, run.gptLayer]).toEqual([H, dk, d, layer]);
      expectClose(run.x.flat(), lt.ln1.data, 1e-5);
      expectClose(run.e.flat(), trace.tok.data, 1e-6);
      run.perHead.forEach((h, hi) => {
        tokens.forEach((_, i) => {
          expectClose(h.q[i], row(lt.q, i).subarray(hi * dk, (hi + 1) * dk), 1e-5);
          expectClose(h.k[i], row(lt.k, i).subarray(hi * dk, (hi + 1) * dk), 1e-5);
          expectClose(h.v[i], row(lt.v, i).subarray(hi * dk, (hi + 1) * dk), 1e-5);
          expectClose(h.weights[i], row(lt.weights, i, hi), 1e-5);
          expectClose(h.output[i], row(lt.heads, i).subarray(hi * dk, (hi + 1) * dk), 1e-5);
        });
        expectClose(h.scores.flat(), lt.scores.data.subarray(hi * tokens.length ** 2, (hi + 1) * tokens.length ** 2), 1e-4);
      });
      expectClose(run.output.flat(), lt.proj.data, 1e-4);
    }
  });

  it('without the mask every row covers the whole sentence; without the scaling softmax is more peaked', async () => {
    const tokens = Array.from('注意力机制');
    const open = await expectNoLeak(() => computeGptAttention(weights(), tokens, 2, false, true));
    for (const h of open.perHead) {
      for (const r of h.weights) expect(Math.abs(r.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-5);
      expect(h.weights[0].slice(1).some((v) => v > 0)).toBe(true);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(h.withoutScale.entropy)).toBeLessThanOrEqual(mean(h.withScale.entropy) + 1e-9);
    }
  });

  it('refuses a layer the model does not have', async () => {
    await expect(computeGptAttention(weights(), ['猫'], 4, true, true)).rejects.toThrow('layers 1 to');
  });
});
