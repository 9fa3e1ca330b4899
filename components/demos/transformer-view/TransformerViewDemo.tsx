'use client';

import { useRef } from 'react';
import { nextToken } from '@/lib/models/gpt';
import { topK } from '@/lib/models/sampling';
import { SPECIALS } from '@/lib/models/vocab';
import type { MiniModel } from '@/lib/models/mini-model';
import { fixed, percent, sig } from '@/lib/demos/format';
import { spokenToken, visibleToken } from '@/lib/demos/mini-gpt/params';
import { BANNED, maxDiff, nextChoice, row, traceTransformer, type Trace } from '@/lib/demos/transformer-view/engine';
import { MAX_PROMPT, PARAMS as P, checkPrompt, stageName, tracedIndex, type spec } from '@/lib/demos/transformer-view/params';
import { Select } from '../kit/controls';
import { DemoSide, DemoStage, DemoVisual, RunBar } from '../kit/layout';
import { ModelStatus } from '../kit/ModelStatus';
import { ParamControl } from '../kit/ParamControl';
import { TYPING_DEBOUNCE_MS, useComputation } from '../kit/useComputation';
import { useModel } from '../kit/useModel';
import { useDemo } from '../shell/DemoContext';
import { ScoreRows, WeightRows } from './AttentionRows';
import { Card } from './Card';
import { Strip } from './Strip';
import s from './view.module.css';

interface Run {
  trace: Trace;
  chars: string[];
  /** The pipeline's last logits against lib/models/gpt.ts nextToken's: max |difference|. */
  check: number;
  tokenText: (id: number) => string;
}

async function compute(model: MiniModel, ids: number[], chars: string[]): Promise<Run> {
  const trace = await traceTransformer(model.params, model.manifest.config, ids);
  const next = await nextToken(model, ids);
  return { trace, chars, check: maxDiff(row(trace.logits, ids.length - 1), next.logits), tokenText: (id) => model.vocab.tokenText(id) };
}

const name = spokenToken;

/**
 * The whole mini GPT in one view (chapter 6, §3.1): the prompt's characters through every stage
 * of the forward pass to the next character, each stage with its shape, its formula in words and
 * the traced character's numbers (a heat strip and the first few values; for attention the four
 * heads' weights over the positions before it, the causal mask hatched). The stage names are
 * chapter 5's where the stage is the same. The prompt recomputes as one types (it is the run
 * control); the traced position, layer, head, temperature, top_p and seed are in the URL.
 * data-steps counts the runs; every strip and table carries data-key and data-values (the tests
 * compare them with Node's computation). `?hide=check` hides the check line.
 */
export default function TransformerViewDemo() {
  const { values, set, reportSteps, hidden } = useDemo<typeof spec>();
  const state = useModel('gpt');
  const model = state.model;
  const vocabChars = model ? model.vocab.size - SPECIALS.length : 0;
  const prompt = model ? checkPrompt(values.prompt, (c) => model.vocab.has(c), vocabChars, model.manifest.config.ctx) : null;
  const ids = model && prompt && !prompt.error ? model.vocab.encode(values.prompt).ids : null;
  const key = ids ? ids.join(',') : null;
  const runs = useRef(0);
  const { value: run, busy } = useComputation(key, () => compute(model!, ids!, prompt!.chars), {
    debounceMs: TYPING_DEBOUNCE_MS,
    onDone: () => reportSteps((runs.current += 1)),
  });

  const config = model?.manifest.config;
  const chars = run?.chars ?? [];
  const at = tracedIndex(values.pos, chars.length);
  const layers = config?.nLayers ?? 1;
  const heads = config?.nHeads ?? 1;
  const layer = Math.min(values.layer, layers) - 1;
  const head = Math.min(values.head, heads) - 1;
  const positionOptions = [
    { value: '0', label: `最后一个${chars.length ? name(chars[chars.length - 1]) : ''}` },
    ...chars.map((c, i) => ({ value: String(i + 1), label: `第 ${i + 1} 个${name(c)}` })),
  ];
  const pickPosition = (i: number) => set({ pos: i === chars.length - 1 ? 0 : i + 1 });

  return (
    <div className={s.root}>
      <ModelStatus state={state} name="迷你 GPT" />
      <DemoStage layout="above">
        <DemoVisual>
          {prompt?.error ? (
            <p className={s.error} role="alert" data-prompt-error="">
              {prompt.error}
            </p>
          ) : run && config ? (
            <div className={busy ? s.busy : undefined} aria-busy={busy} data-trace="" data-at={at} data-layer={layer + 1} data-head={head + 1}>
              <Pipeline run={run} at={at} layer={layer} head={head} pick={pickPosition} setLayer={(l) => set({ layer: l + 1 })} setHead={(h) => set({ head: h + 1 })} />
              {hidden.has('check') ? null : (
                <p className={s.check} data-check={run.check}>
                  核对：把这条流水线最后一个位置的 logits 与模型自己的前向计算（lib/models/gpt.ts 的 nextToken）相比，{run.check === 0 ? '完全相同' : `最大相差 ${sig(run.check, 2)}`}。
                </p>
              )}
            </div>
          ) : model ? (
            <p className={s.formula}>正在计算…</p>
          ) : null}
        </DemoVisual>
        {/* The prompt is what starts a computation here (it recomputes as one types): it is the run control. */}
        <RunBar label="输入">
          <div className={s.sentence} data-demo-run="">
            <ParamControl name="prompt" label={`${P.prompt.label}，最多 ${model?.manifest.config.ctx ?? MAX_PROMPT} 个字符`} />
          </div>
        </RunBar>
        <DemoSide>
          {hidden.has('pos') ? null : (
            <Select label="跟踪的字符" value={String(values.pos > chars.length ? 0 : values.pos)} options={positionOptions} onChange={(v) => set({ pos: Number(v) })} />
          )}
          <p className={s.legend}>每一步的色条是所选字符那一行的全部数值：蓝色为正、红色为负，颜色越深绝对值越大（每条按自己的最大绝对值着色）；悬停可看单个数值。</p>
        </DemoSide>
      </DemoStage>
    </div>
  );
}

function Pipeline({
  run,
  at,
  layer,
  head,
  pick,
  setLayer,
  setHead,
}: {
  run: Run;
  at: number;
  layer: number;
  head: number;
  pick: (i: number) => void;
  setLayer: (l: number) => void;
  setHead: (h: number) => void;
}) {
  const { values, hidden } = useDemo<typeof spec>();
  const { trace, chars, tokenText } = run;
  const T = chars.length;
  const d = trace.embed.shape[1];
  const H = trace.layers[0].weights.shape[0];
  const dk = d / H;
  const dFF = trace.layers[0].ff.shape[1];
  const V = trace.logits.shape[1];
  const lt = trace.layers[layer];
  const traced = name(chars[at]);
  const logits = row(trace.logits, at);
  const topLogits = topK(Array.from(logits, (v, id) => (BANNED.includes(id) ? -Infinity : v)), 5);
  const next = nextChoice(logits, values.temperature, values.top_p, values.seed);
  const actual = at < T - 1 ? chars[at + 1] : null;
  const layerStep = (k: number) => 3 + k;
  const after = 3 + 10;
  return (
    <ol className={s.pipeline}>
      <Card n={1} stage="tokens" title={stageName('tokens')} shape={[T]} formula={`每个字符查字表得到一个编号（字表共 ${V} 项）。点一个字符，下面每一步都显示它的那一行。`}>
        <div className={s.chars} role="group" aria-label="选择要跟踪的字符">
          {chars.map((ch, i) => (
            <button key={i} type="button" className={s.char} aria-pressed={i === at} data-pos={i} onClick={() => pick(i)} aria-label={`第 ${i + 1} 个字符${name(ch)}，编号 ${trace.ids[i]}`}>
              <span>{visibleToken(ch)}</span>
              <span className={s.charId}>{trace.ids[i]}</span>
            </button>
          ))}
        </div>
      </Card>
      <Card n={2} stage="embed" title={stageName('embed')} shape={[T, d]} formula={`x = E[编号] + P[位置]：字符向量与第 ${at + 1} 个位置的位置向量相加，各 ${d} 维。`}>
        <Strip label={`E[${trace.ids[at]}]`} values={row(trace.tok, at)} dataKey="tok" />
        <Strip label={`P[${at}]`} values={row(trace.pos, at)} dataKey="pos" />
        <Strip label="x" values={row(trace.embed, at)} dataKey="embed" />
      </Card>
      <li className={s.layer} data-layer-block={layer + 1}>
        <div className={s.layerHead}>
          <p className={s.layerTitle}>
            解码器层（共 {trace.layers.length} 层，每层把 x 更新一次）
          </p>
          {hidden.has('layer') ? null : (
            <div className={s.tabs} role="group" aria-label="选择层">
              {trace.layers.map((_, l) => (
                <button key={l} type="button" aria-pressed={l === layer} onClick={() => setLayer(l)}>
                  第 {l + 1} 层
                </button>
              ))}
            </div>
          )}
          {hidden.has('head') ? null : (
            <div className={s.tabs} role="group" aria-label="选择头">
              {Array.from({ length: H }, (_, h) => (
                <button key={h} type="button" aria-pressed={h === head} onClick={() => setHead(h)}>
                  头 {h + 1}
                </button>
              ))}
            </div>
          )}
        </div>
        <ol className={s.pipeline}>
          <Card n={layerStep(0)} stage="ln1" title="层归一化 LN₁" shape={[T, d]} formula={`每一行减去自己的均值、除以标准差，再逐维乘 γ、加 β（第 ${layer + 1} 层自己的参数）。输入是${layer === 0 ? '上一步的 x' : `第 ${layer} 层的输出`}。`}>
            <Strip label="LN₁(x)" values={row(lt.ln1, at)} dataKey="ln1" />
          </Card>
          <Card n={layerStep(1)} stage="qkv" title={stageName('qkv')} shape={[T, d]} formula={`Q = LN₁(x) W_Q + b_Q，K、V 同理：训练好的真实权重（各 ${d} × ${d}）。竖线把 ${d} 维分成 ${H} 个头，每个头 d_k = ${dk} 维。`}>
            <Strip label="Q" values={row(lt.q, at)} dataKey="q" groups={H} />
            <Strip label="K" values={row(lt.k, at)} dataKey="k" groups={H} />
            <Strip label="V" values={row(lt.v, at)} dataKey="v" groups={H} />
          </Card>
          <Card
            n={layerStep(2)}
            stage="scores"
            title={`${stageName('scores')} → ${stageName('scaled')} → ${stageName('masked')}`}
            shape={[H, T, T]}
            formula={`头 ${head + 1}：${traced}的 q 与每个位置的 k 做点积，除以 √d_k = √${dk}；它后面的位置加上 −∞（因果掩码）。`}
          >
            <ScoreRows layer={lt} at={at} head={head} chars={chars} dk={dk} names={[stageName('scores'), stageName('scaled'), stageName('masked')]} />
          </Card>
          <Card n={layerStep(3)} stage="weights" title={stageName('weights')} shape={[H, T, T]} formula={`每个头对${traced}那一行做 softmax：权重非负、和为 1，掩码处（斜线）为 0。`}>
            <WeightRows layer={lt} at={at} head={head} chars={chars} />
          </Card>
          <Card n={layerStep(4)} stage="heads" title={`${stageName('output')}（加权求和）`} shape={[T, d]} formula={`每个头用自己的权重对 V 的 ${dk} 维加权求和，${H} 个头的结果并排拼成 ${d} 维。`}>
            <Strip label="各头输出" values={row(lt.heads, at)} dataKey="heads" groups={H} />
          </Card>
          <Card n={layerStep(5)} stage="proj" title="输出投影" shape={[T, d]} formula="拼接的结果乘 W_O 加 b_O，把各个头的信息混合起来。">
            <Strip label="注意力" values={row(lt.proj, at)} dataKey="proj" />
          </Card>
          <Card n={layerStep(6)} stage="resid1" title="残差" shape={[T, d]} formula="x ← x + 注意力：加回这一层的输入，信息沿残差流一路传下去。">
            <Strip label="x" values={row(lt.resid1, at)} dataKey="resid1" />
          </Card>
          <Card n={layerStep(7)} stage="ln2" title="层归一化 LN₂" shape={[T, d]} formula="同 LN₁，用这一层的另一组 γ、β。">
            <Strip label="LN₂(x)" values={row(lt.ln2, at)} dataKey="ln2" />
          </Card>
          <Card n={layerStep(8)} stage="ff" title="前馈层（GELU）" shape={[T, dFF]} formula={`GELU(LN₂(x) W₁ + b₁)：先升到 ${dFF} 维再过 GELU，负数大多被压到 0 附近。每个位置单独计算，不看别的字符。`}>
            <Strip label="GELU" values={row(lt.ff, at)} dataKey="ff" />
          </Card>
          <Card n={layerStep(9)} stage="resid2" title="前馈输出与残差" shape={[T, d]} formula={`再乘 W₂ 加 b₂ 降回 ${d} 维，加回 x：这就是第 ${layer + 1} 层的输出${layer + 1 < trace.layers.length ? `，也是第 ${layer + 2} 层的输入` : ''}。`}>
            <Strip label="W₂ 之后" values={row(lt.mlp, at)} dataKey="mlp" />
            <Strip label="x" values={row(lt.resid2, at)} dataKey="resid2" />
          </Card>
        </ol>
      </li>
      <Card n={after} stage="final" title="最终层归一化" shape={[T, d]} formula={`${trace.layers.length} 层之后，最后一次层归一化。`}>
        <Strip label="LN(x)" values={row(trace.final, at)} dataKey="final" />
      </Card>
      <Card n={after + 1} stage="logits" title="logits" shape={[T, V]} formula={`与字符向量表 E 的转置相乘（输入和输出共用 E），每个字符得到一个分数。第 ${at + 1} 行的分数猜的是${traced}之后的那个字符。`}>
        <p className={s.formula} data-key="logits" data-values={Array.from(logits, (v) => Number(v.toPrecision(7))).join(',')}>
          分数最高的 5 个：{topLogits.map((t) => `${name(tokenText(t.id))} ${fixed(t.p, 2)}`).join('，')}
        </p>
      </Card>
      <Card n={after + 2} stage="next" title="温度、top_p 与下一个字符" shape={[V]} formula="softmax(logits / 温度) 得到概率；top_p 只留下累计概率达到阈值的最前面几个字符，再重新归一化，然后按概率抽一个。温度为 0 时直接取分数最高的字符。">
        <div className={s.next}>
          <div className={s.nextControls}>
            <ParamControl name="temperature" />
            <ParamControl name="top_p" />
            <ParamControl name="seed" />
          </div>
          <table className={s.grid} data-key="next" data-top={JSON.stringify(next.top.map((t) => [t.id, Number(t.p.toPrecision(7))]))}>
            <thead>
              <tr>
                <th scope="col">字符</th>
                <th scope="col">温度 1 时</th>
                <th scope="col">温度、top_p 之后</th>
              </tr>
            </thead>
            <tbody>
              {next.top.map((t, i) => (
                <tr key={t.id} data-token={tokenText(t.id)}>
                  <th scope="row">{visibleToken(tokenText(t.id))}</th>
                  <td>{percent(next.raw[i])}</td>
                  <td>
                    <span className={s.bar} style={{ width: `${Math.round(t.p * 4)}rem` }} aria-hidden="true" />
                    {percent(t.p)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={s.legend}>top_p = {values.top_p} 留下了 {next.kept} 个字符。</p>
          <p className={s.verdict} data-sampled={tokenText(next.sampled)}>
            {values.temperature === 0 ? '温度为 0，取最可能的字符：' : `按种子 ${values.seed} 抽到：`}
            <span className={s.big}>「{visibleToken(tokenText(next.sampled))}」</span>
            {next.sampled === next.best ? '' : `（最可能的是${name(tokenText(next.best))}）`}
            {actual !== null ? `　提示里${traced}后面实际是${name(actual)}。` : ''}
          </p>
        </div>
      </Card>
    </ol>
  );
}
