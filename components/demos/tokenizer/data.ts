import { z } from '@/lib/zod';
import { Vocab } from '@/lib/models/vocab';
import { Bpe } from '@/lib/tokenizer/bpe';
import { mergesOf, parseTokenizerFile, type TokenizerFile } from '@/lib/tokenizer/file';
import { modelsPath } from '@/lib/paths';
import { offlineFailure } from '@/lib/offline/policy.mjs';

/** What the tokenizer demo needs: the BPE merges (public/models/tokenizer.json) and the mini GPT's characters. */
export interface TokenizerData {
  file: TokenizerFile;
  vocab: Vocab;
  bpe(size: number): Bpe;
}

const gptVocabSchema = z.object({ vocab: z.array(z.string()) });

async function fetchJson(file: string): Promise<unknown> {
  const url = modelsPath(file);
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(`无法下载 ${url}，请检查网络后重试`);
  }
  const offline = offlineFailure(res, '分词器的数据');
  if (offline) throw new Error(offline);
  if (!res.ok) throw new Error(`下载 ${url} 失败（HTTP ${res.status}）`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${url} 不是合法的 JSON`);
  }
}

async function load(): Promise<TokenizerData> {
  const [rawTok, rawGpt] = await Promise.all([fetchJson('tokenizer.json'), fetchJson('gpt.json')]);
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

// One download per page; a failure is forgotten so that 重试 fetches again.
let pending: Promise<TokenizerData> | null = null;

/** The tokenizer's data, fetched the first time a tokenizer demo asks (never with the chapter). */
export function loadTokenizerData(): Promise<TokenizerData> {
  if (!pending) {
    pending = load();
    pending.catch(() => (pending = null));
  }
  return pending;
}
