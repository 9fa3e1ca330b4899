/** A tiny random model for the unit tests: small enough that a thousand forward passes take seconds on cpu. */
import { createRng } from '@/lib/compute/random';
import type { TransformerConfig } from '@/lib/models/config';
import { initParams, type Params } from '@/lib/models/transformer';
import { Vocab } from '@/lib/models/vocab';

export const TINY_TEXT = '梯度下降沿着负梯度方向更新参数。反向传播用链式法则计算梯度。注意力让每个位置看到其他位置。\n';

export function tinyVocab(): Vocab {
  return Vocab.fromText(TINY_TEXT);
}

export function tinyConfig(causal: boolean, over: Partial<TransformerConfig> = {}): TransformerConfig {
  return { vocabSize: tinyVocab().size, ctx: 16, dModel: 16, nLayers: 2, nHeads: 2, dFF: 32, causal, ...(causal ? {} : { numClasses: 3 }), ...over };
}

/** Random parameters, scaled up from GPT-2's 0.02 so that outputs depend visibly on inputs. */
export function tinyParams(config: TransformerConfig, seed = 1): Params {
  return initParams(config, createRng(seed));
}
