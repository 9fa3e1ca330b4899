'use client';

import { useRef } from 'react';
import { EXAMPLES, PARAMS as P, type spec } from '@/lib/demos/tokenizer/params';
import { bpeStrip, byteStrip, charStrip, usage, type Strip } from '@/lib/demos/tokenizer/strips';
import { compression } from '@/lib/tokenizer/file';
import { fixed, int, percent } from '@/lib/demos/format';
import { ExampleButtons, NumbersTable, TextWithExamples } from '../kit/controls';
import { ParamControl } from '../kit/ParamControl';
import { DemoSide, DemoStage, DemoVisual, MoreParams, RunBar } from '../kit/layout';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import { useDemo } from '../shell/DemoContext';
import { loadTokenizerData } from './data';
import { TokenStrip } from './TokenStrip';
import t from './tokenizer.module.css';

interface Run {
  chars: Strip;
  bpe: Strip;
  bytes: Strip;
  /** Characters per token of this size on the book's held-out text (from the shipped file). */
  heldOutCharsPerToken: number;
  /** The mini GPT's vocabulary: its characters and special tokens. */
  charVocab: number;
}

async function compute(text: string, size: number): Promise<Run> {
  const data = await loadTokenizerData();
  const stats = data.file.sizes.find((s) => s.vocabSize === size);
  if (!stats) throw new Error(`分词器文件里没有词表大小 ${size}`);
  return {
    chars: charStrip(text, data.vocab),
    bpe: bpeStrip(text, data.bpe(size)),
    bytes: byteStrip(text),
    heldOutCharsPerToken: compression(data.file, stats).heldOutCharsPerToken,
    charVocab: data.vocab.size,
  };
}

const yuan = (v: number) => `¥${v < 0.01 && v > 0 ? v.toPrecision(2) : fixed(v, 4)}`;

/**
 * What a token is (chapter 6): the reader's text cut three ways side by side — the mini models'
 * characters, byte-level BPE learned on this book (512 / 2048 / 8192), raw UTF-8 bytes — with the
 * ids, the counts, the characters whose bytes BPE cut apart, and what the count means for a bill
 * and a context window. data-steps counts the computed texts.
 */
export default function TokenizerDemo() {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const size = Number(values.size);
  const runs = useRef(0);
  const { value: run, busy } = useComputation(`${size}\u0000${values.text}`, () => compute(values.text, size), {
    debounceMs: TYPING_DEBOUNCE_MS,
    onDone: () => reportSteps((runs.current += 1)),
  });
  const chars = Array.from(values.text).length;
  const n = run?.bpe.tokens.length ?? 0;
  const use = usage(n, values.price, values.ctx);
  const rows = run
    ? [
        ['字符级（迷你模型）', run.chars.tokens.length, run.charVocab, run.chars.tokens.length ? fixed(chars / run.chars.tokens.length, 2) : '—'],
        [`字节级 BPE（${size}）`, n, size, n ? fixed(chars / n, 2) : '—'],
        ['UTF-8 字节', run.bytes.tokens.length, 256, run.bytes.tokens.length ? fixed(chars / run.bytes.tokens.length, 2) : '—'],
      ]
    : [];
  return (
    <div className={t.root}>
      <DemoStage layout="above">
        <DemoVisual>
          {!run ? (
            <p className={t.hint}>正在载入分词器…</p>
          ) : (
            <div className={busy ? t.busy : undefined} aria-busy={busy} data-strips="">
              {values.text === '' ? <p className={t.hint}>请输入一段文字。</p> : null}
              {hidden.has('bpe') ? null : (
                <TokenStrip name="bpe" title={`字节级 BPE（词表 ${size}）`} strip={run.bpe} note={`本书留出文本上平均每个词元 ${fixed(run.heldOutCharsPerToken, 2)} 个字`} />
              )}
              {hidden.has('bpe') || run.bpe.cut.length === 0 ? null : (
                <p className={t.cut} data-cut="">
                  被切开的字：
                  {run.bpe.cut.map((c) => (
                    <span key={c.char}>
                      「{c.char}」的字节 {c.hex} 分在 {c.pieces} 个词元里；
                    </span>
                  ))}
                  单看其中一个词元，字节不是完整的 UTF-8 字符，只能显示成「�」——GPT-2 把中文显示成「�」就是这个原因。
                </p>
              )}
              {hidden.has('chars') ? null : <TokenStrip name="chars" title="字符级（迷你 GPT 的词表）" strip={run.chars} />}
              {hidden.has('bytes') ? null : <TokenStrip name="bytes" title="UTF-8 字节（十六进制）" strip={run.bytes} />}
            </div>
          )}
        </DemoVisual>
        {/* The text is what starts a computation here (it recomputes as one types): it is the run control. */}
        <RunBar label="输入">
          <div className={t.text} data-demo-run="">
            {hidden.has('text') ? null : (
              <TextWithExamples label={`${P.text.label}（最多 ${P.text.maxLength} 个字）`} value={values.text} maxLength={P.text.maxLength} examples={[]} examplesLabel="示例" onChange={(text) => set({ text })} />
            )}
          </div>
        </RunBar>
        <DemoSide>
          <ParamControl name="size" />
          {hidden.has('text') ? null : (
            <ExampleButtons label="示例文字" examples={EXAMPLES} value={values.text} onPick={(text) => set({ text })} className={t.examples} />
          )}
          <MoreParams summary="计费与上下文">
            <ParamControl name="price" />
            <ParamControl name="ctx" />
          </MoreParams>
        </DemoSide>
        {run && !hidden.has('cost') ? (
          <p className={t.costLine} data-cost="">
            这段文字 = {int(n)} 个词元（BPE {size}）≈ {yuan(use.cost)}（假设每千词元 ¥{values.price}），占 {int(values.ctx)} 词元上下文的 {percent(use.share, 2)}。同一段文字按字符算是{' '}
            {int(run.chars.tokens.length)} 个，按字节算是 {int(run.bytes.tokens.length)} 个：计费和上下文都按模型自己的词元来数。
          </p>
        ) : null}
        {run && !hidden.has('table') ? <NumbersTable caption="三种切法的词元数" head={['切法', '词元数', '词表大小', '每个词元的字数']} rows={rows} /> : null}
      </DemoStage>
    </div>
  );
}
