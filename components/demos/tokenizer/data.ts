import { z } from '@/lib/zod';
import { Vocab } from '@/lib/models/vocab';
import { Bpe } from '@/lib/tokenizer/bpe';
import { mergesOf, parseTokenizerFile, type TokenizerFile } from '@/lib/tokenizer/file';
import { fetchModelJson, loadOnce } from '../kit/data-file';

/** What the tokenizer demo needs: the BPE merges (public/models/tokenizer.json) and the mini GPT's characters. */
export interface TokenizerData {
  file: TokenizerFile;
  vocab: Vocab;
  bpe(size: number): Bpe;
}

const gptVocabSchema = z.object({ vocab: z.array(z.string()) });

async function load(): Promise<TokenizerData> {
  const [rawTok, rawGpt] = await Promise.all([fetchModelJson('tokenizer.json', '分词器的数据'), fetchModelJson('gpt.json', '分词器的数据')]);
  const file = parseTokenizerFile(rawTok);
  if (file instanceof Error) throw file;
  const gpt = gptVocabSchema.safeParse(rawGpt);
  if (!gpt.success) throw new Error('迷你 GPT 的清单（gpt.json）缺少字符表 vocab');
  const vocab = new Vocab(gpt.data.vocab);
  const merges = mergesOf(file);
  const bpes = new Map<number, Bpe>();
  return {
    file,
    vocab,
    bpe(size) {
      let b = bpes.get(size);
      if (!b) bpes.set(size, (b = new Bpe(merges, size)));
      return b;
    },
  };
}

/** The tokenizer's data, fetched the first time a tokenizer demo asks (never with the chapter). */
export const loadTokenizerData = loadOnce(load);
