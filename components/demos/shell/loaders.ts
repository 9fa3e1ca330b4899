import type { ComponentType } from 'react';
import type { DemoName } from '@/lib/demos/registry';

/** Each demo's view, in its own lazily loaded chunk. */
export const DEMO_LOADERS: Record<DemoName, () => Promise<{ default: ComponentType }>> = {
  'gd-explorer': () => import('../gd-explorer/GdExplorer'),
  'chain-rule': () => import('../chain-rule/ChainRuleStepper'),
  trainer: () => import('../trainer/Trainer'),
  attention: () => import('../attention/AttentionExplorer'),
  'mini-gpt': () => import('../mini-gpt/MiniGpt'),
  'gpt-train': () => import('../gpt-train/GptTrain'),
  'mini-bert': () => import('../mini-bert/MiniBert'),
  'attention-masks': () => import('../attention-masks/AttentionMasks'),
};
