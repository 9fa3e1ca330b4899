import type { ComponentType } from 'react';
import type { DemoName } from '@/lib/demos/registry';

/** Each demo's view, in its own lazily loaded chunk. */
export const DEMO_LOADERS: Record<DemoName, () => Promise<{ default: ComponentType }>> = {
  'gd-explorer': () => import('../gd-explorer/GdExplorerDemo'),
  'chain-rule': () => import('../chain-rule/ChainRuleDemo'),
  trainer: () => import('../trainer/TrainerDemo'),
  attention: () => import('../attention/AttentionDemo'),
  'mini-gpt': () => import('../mini-gpt/MiniGptDemo'),
  'gpt-train': () => import('../gpt-train/GptTrainDemo'),
  'mini-bert': () => import('../mini-bert/MiniBertDemo'),
  'attention-masks': () => import('../attention-masks/AttentionMasksDemo'),
  'compute-budget': () => import('../compute-budget/ComputeBudgetDemo'),
  'code-cell': () => import('../code-cell/CodeCellDemo'),
  'model-size': () => import('../model-size/ModelSizeDemo'),
  'train-memory': () => import('../train-memory/TrainMemoryDemo'),
  tokenizer: () => import('../tokenizer/TokenizerDemo'),
  retrieval: () => import('../retrieval/RetrievalDemo'),
  scaling: () => import('../scaling/ScalingDemo'),
  // Chapters 3–5's code cells: the same view, each with its own starting code (lib/demos/specs.ts).
  'code-gd': () => import('../code-cell/CodeCellDemo'),
  'code-backprop': () => import('../code-cell/CodeCellDemo'),
  'code-attention': () => import('../code-cell/CodeCellDemo'),
};
