/** What `npm run train:tokenizer` builds, apart from writing it (the tests rebuild it too). */
import { Bpe } from '../../lib/tokenizer/bpe';
import { TOKENIZER_FORMAT, TOKENIZER_VERSION, VOCAB_SIZES, flatMerges, type TokenizerFile } from '../../lib/tokenizer/file';
import { PRETOKENIZE_DESCRIPTION, utf8 } from '../../lib/tokenizer/pretokenize';
import { trainBpe } from '../../lib/tokenizer/train';
import { splitCorpus, type Corpus } from './book-corpus';

/**
 * The tokenizer file for a corpus (what the script ships): merges learned on the training part
 * only, so the held-out part measures the compression on text the tokenizer has not seen. The book
 * is small (about 80,000 characters): pairs seen twice run out before 8192, and the last merges
 * join pairs seen once (minCount 1), which the manifest records.
 */
export function buildTokenizerFile(corpus: Corpus): TokenizerFile {
  const { train, heldOut } = splitCorpus(corpus.chapters);
  const largest = Math.max(...VOCAB_SIZES);
  const { merges, counts } = trainBpe(train, largest - 256, 1);
  if (merges.length < largest - 256) throw new Error(`only ${merges.length} merges in the corpus; ${largest - 256} needed`);
  const sizes = VOCAB_SIZES.map((vocabSize) => {
    const bpe = new Bpe(merges, vocabSize);
    return { vocabSize, tokens: bpe.encode(corpus.text).length, heldOutTokens: bpe.encode(heldOut).length };
  });
  return {
    format: TOKENIZER_FORMAT,
    version: TOKENIZER_VERSION,
    pattern: PRETOKENIZE_DESCRIPTION,
    corpus: { hash: corpus.hash, chars: Array.from(corpus.text).length, bytes: utf8(corpus.text).length, heldOutChars: Array.from(heldOut).length },
    frequentMerges: counts.filter((c) => c >= 2).length,
    sizes,
    merges: flatMerges(merges),
  };
}
