/**
 * A loaded mini model in the one shape every call of lib/models takes: generate/complete
 * (LanguageModel), fillMask/classify/bertAttention (EncoderModel), attentionMaps (params + config).
 * The one adapter from what lib/models/weights.ts loads; demos and tests use it alike.
 */
import type { EncoderModel } from './bert';
import type { LanguageModel } from './gpt';
import type { LoadedModel } from './weights';

export type MiniModel = LoadedModel & LanguageModel & EncoderModel;

export function miniModel(m: LoadedModel): MiniModel {
  return { ...m, config: m.manifest.config, labels: m.manifest.labels ?? [] };
}
