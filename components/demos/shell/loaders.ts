import type { ComponentType } from 'react';
import type { DemoName } from '@/lib/demos/registry';

/** The code cells' one view (chapter 8's cell and chapters 3–5's differ only in their spec's code). */
const codeCell = () => import('../code-cell/CodeCellDemo');

/** Each demo's view, in its own lazily loaded chunk. */
export const DEMO_LOADERS: Record<DemoName, () => Promise<{ default: ComponentType }>> = {
  'gd-explorer': () => import('../gd-explorer/GdExplorerDemo'),
  'chain-rule': () => import('../chain-rule/ChainRuleDemo'),
  trainer: () => import('../trainer/TrainerDemo'),
  attention: () => import('../attention/AttentionDemo'),
  'mini-gpt': () => import('../mini-gpt/MiniGptDemo'),
  'transformer-view': () => import('../transformer-view/TransformerViewDemo'),
  'gpt-train': () => import('../gpt-train/GptTrainDemo'),
  'mini-bert': () => import('../mini-bert/MiniBertDemo'),
  'attention-masks': () => import('../attention-masks/AttentionMasksDemo'),
  'compute-budget': () => import('../compute-budget/ComputeBudgetDemo'),
  'code-cell': codeCell,
  'model-size': () => import('../model-size/ModelSizeDemo'),
  'train-memory': () => import('../train-memory/TrainMemoryDemo'),
  tokenizer: () => import('../tokenizer/TokenizerDemo'),
  retrieval: () => import('../retrieval/RetrievalDemo'),
  scaling: () => import('../scaling/ScalingDemo'),
  'code-gd': codeCell,
  'code-backprop': codeCell,
  'code-attention': codeCell,
};
