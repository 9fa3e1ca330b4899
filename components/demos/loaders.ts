import type { ComponentType } from 'react';
import type { DemoName } from '@/lib/widgets/registry';

/** Each demo's view, in its own lazily loaded chunk. */
export const DEMO_LOADERS: Record<DemoName, () => Promise<{ default: ComponentType }>> = {
  'gd-explorer': () => import('./gd/GdExplorer'),
  'chain-rule': () => import('./backprop/ChainRuleStepper'),
  trainer: () => import('./backprop/Trainer'),
  attention: () => import('./attention/AttentionExplorer'),
  'mini-gpt': () => import('./gpt/MiniGpt'),
  'gpt-train': () => import('./gpt/GptTrain'),
  'mini-bert': () => import('./bert/MiniBert'),
  'attention-masks': () => import('./bert/AttentionMasks'),
};
