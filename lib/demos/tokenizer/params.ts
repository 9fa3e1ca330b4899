/**
 * The tokenizer demo's parameters (URL state `?tokenizer.size=8192&tokenizer.text=…`): the reader's
 * text, the BPE vocabulary size, and the two numbers of the billing line (a price per 1000 tokens,
 * a context length). The price is a parameter, not any provider's real price.
 */
import { defineSpec, type ParamTable, type ParamValues } from '../params';

export const MAX_TEXT = 200;

export const EXAMPLES = ['梯度下降让 loss 变小', '鹦鹉学舌 🦜 vs. GPT-4o', '👩‍💻 写了 3 行代码'] as const;

export const PARAMS = {
  text: {
    kind: 'text',
    label: '要分词的文字',
    default: '大模型按词元计费：GPT-4o 读 1000 个 tokens 约几分钱 🙂',
    maxLength: MAX_TEXT,
  },
  size: {
    kind: 'enum',
    label: 'BPE 词表大小',
    default: '2048',
    options: [
      { value: '512', label: '512（256 次合并）' },
      { value: '2048', label: '2048（1792 次合并）' },
      { value: '8192', label: '8192（7936 次合并）' },
    ],
  },
  price: { kind: 'number', label: '假设的价格（元 / 千词元）', default: 0.02, min: 0, max: 1, step: 0.001, input: 'number' },
  ctx: { kind: 'int', label: '上下文长度（词元）', default: 2048, min: 16, max: 1_048_576, input: 'number' },
} as const satisfies ParamTable;

export type Values = ParamValues<typeof PARAMS>;

/** Parts of the view `?hide=` may name besides the parameters: the three strips, the cost line, the table. */
export const CONTROLS = ['chars', 'bpe', 'bytes', 'cost', 'table'] as const;

export const spec = defineSpec({ params: PARAMS, controls: CONTROLS });
