/**
 * Each demo's spec (parameter table, hideable controls, cross-field rules), by name. The shell
 * reads it to decode the URL, render controls and validate `?hide=`. Kept apart from registry.ts,
 * which the chapter pages read at build time and which must stay free of the demos' code.
 */
import type { DemoSpec } from './params';
import type { DemoName } from './registry';
import { spec as attention } from './attention/params';
import { spec as attentionMasks } from './attention-masks/params';
import { spec as chainRule } from './chain-rule/params';
import { spec as codeCell } from './code-cell/params';
import { spec as gdExplorer } from './gd-explorer/params';
import { spec as gptTrain } from './gpt-train/params';
import { spec as miniBert } from './mini-bert/params';
import { spec as miniGpt } from './mini-gpt/params';
import { spec as trainer } from './trainer/params';
import { spec as transformerView } from './transformer-view/params';
import { spec as computeBudget } from './compute-budget/params';
import { spec as modelSize } from './model-size/params';
import { spec as trainMemory } from './train-memory/params';
import { spec as tokenizer } from './tokenizer/params';
import { spec as retrieval } from './retrieval/params';
import { spec as scaling } from './scaling/params';
import { cellSpec } from './code-cell/params';
import { ATTENTION_CODE, BACKPROP_CODE, GD_STEP_CODE } from './code-cell/presets';

export const SPECS: Record<DemoName, DemoSpec> = {
  'gd-explorer': gdExplorer,
  'chain-rule': chainRule,
  trainer,
  attention,
  'mini-gpt': miniGpt,
  'transformer-view': transformerView,
  'gpt-train': gptTrain,
  'mini-bert': miniBert,
  'attention-masks': attentionMasks,
  'compute-budget': computeBudget,
  'code-cell': codeCell,
  'model-size': modelSize,
  'train-memory': trainMemory,
  tokenizer,
  retrieval,
  scaling,
  'code-gd': cellSpec(GD_STEP_CODE),
  'code-backprop': cellSpec(BACKPROP_CODE),
  'code-attention': cellSpec(ATTENTION_CODE),
};
