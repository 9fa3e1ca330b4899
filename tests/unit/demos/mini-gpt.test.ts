/**
 * The mini-GPT demo's pure parts: the stop box, the parameters handed to generate(), the code shown
 * for them (evaluated back into an object and compared), the run record built from the shipped
 * model's real steps (the characters kept versus the stop sequence), and the prompt notices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complete, generate, type CompletionResponse, type TokenStep } from '@/lib/models/gpt';
import { decode, defaults } from '@/lib/demos/params';
import { PARAMS, callCode, completionParams, heldOutSummary, parseStops, spokenToken, tsString, visibleToken } from '@/lib/demos/mini-gpt/params';
import { addStep, keptTokens, promptNotices, runSummary, shownStep, tokenCount, type GenCompletion } from '@/lib/demos/mini-gpt/run';
import { loadShippedModel } from '../../models/shipped';

const D = defaults(PARAMS);

/** The object literal of the shown code, evaluated. */
function evalCall(code: string): unknown {
  const literal = code.slice(code.indexOf('{'), code.lastIndexOf('}') + 1);
  return new Function(`return (${literal});`)();
}

describe('mini-gpt parameters', () => {
  it('reads several stop sequences separated by |, with \\n as a line break, and refuses more than 4', () => {
    expect(parseStops('')).toEqual({ stops: [], error: null });
    expect(parseStops('。|！||\\n')).toEqual({ stops: ['。', '！', '\n'], error: null });
    const five = parseStops('a|b|c|d|e');
    expect(five.stops).toHaveLength(5);
    expect(five.error).toMatch(/最多 4 个.*现在有 5 个/);
  });

  it('gives generate() the API’s parameters, null stop when empty, sliders rounded', () => {
    expect(completionParams(D)).toEqual({ prompt: '梯度下降', max_tokens: 40, n: 1, stop: ['。'], temperature: 0.7, top_p: 0.9, seed: 1 });
    expect(completionParams({ ...D, stop: '', temperature: 0.1 + 0.2, top_p: 0.35000000000000003 })).toMatchObject({ stop: null, temperature: 0.3, top_p: 0.35 });
  });

  it('shows code whose object literal is exactly the parameters used, quotes and line breaks escaped', () => {
    for (const values of [D, { ...D, prompt: "它说：'你好'\\n", stop: '\\n|。', n: 3, temperature: 0 }, { ...D, stop: '' }]) {
      const params = completionParams(values);
      const code = callCode(params);
      expect(code).toMatch(/^const response = await complete\(miniGpt, \{\n {2}prompt: /);
      expect(evalCall(code)).toEqual(params);
    }
    expect(tsString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
    // a right-to-left override cannot reorder the shown code: it is written as an escape, and the literal still means the same string
    expect(tsString('梯度\u202Eabc')).toBe("'梯度\\u202Eabc'");
    expect(eval(tsString('梯度\u202Eabc'))).toBe('梯度\u202Eabc');
  });

  it('clamps a link’s bad values with notices (the table’s ranges are the API’s)', () => {
    const { values, notices } = decode(PARAMS, '?gpt.max_tokens=999&gpt.n=0&gpt.temperature=5&gpt.top_p=0', 'gpt');
    expect(values).toMatchObject({ max_tokens: 256, n: 1, temperature: 2, top_p: 0.05 });
    expect(notices).toHaveLength(4);
  });

  it('draws line breaks and spaces visibly', () => {
    expect([visibleToken('\n'), visibleToken(' '), visibleToken('梯')]).toEqual(['↵', '␣', '梯']);
  });

  it('names characters with the UI’s quotation marks 「」', () => {
    expect([spokenToken('梯'), spokenToken('\n'), spokenToken(' '), spokenToken('\ufffd')]).toEqual(['「梯」', '换行', '空格', '未知字符']);
  });
});

describe('mini-gpt run record (shipped model)', () => {
  async function collect(params: ReturnType<typeof completionParams>, attention = false) {
    const model = await loadShippedModel('gpt');
    const lm = { params: model.params, config: model.manifest.config, vocab: model.vocab };
    let completions: GenCompletion[] = [];
    const it = generate(lm, params, { attention });
    let r = await it.next();
    while (!r.done) {
      completions = addStep(completions, r.value as TokenStep);
      r = await it.next();
    }
    return { lm, completions, response: r.value as CompletionResponse };
  }

  it('groups steps into completions whose text and finish_reason equal the response, and keeps the stop sequence apart', async () => {
    const greedy = await collect({ ...completionParams(D), stop: null, temperature: 0, max_tokens: 12 });
    const text = greedy.response.choices[0].text;
    expect(greedy.completions[0].text).toBe(text);
    expect(keptTokens(greedy.completions[0])).toBe(12);
    // Stop on the (two-character) piece at positions 5–6: the run ends there, its characters are not kept.
    const stop = Array.from(text).slice(5, 7).join('');
    const cut = text.slice(0, text.indexOf(stop));
    const stopped = await collect({ ...completionParams(D), stop: [stop], temperature: 0, max_tokens: 12 });
    const c = stopped.completions[0];
    expect(c.text).toBe(cut);
    expect(c.finish).toBe('stop');
    expect(stopped.response.choices[0]).toEqual({ index: 0, text: cut, finish_reason: 'stop' });
    expect(keptTokens(c)).toBe(Array.from(cut).length);
    expect(c.steps.length - keptTokens(c)).toBe(2);
  });

  it('with n = 2 records two completions; the newest step is shown unless one is selected', async () => {
    const { completions, response, lm } = await collect({ ...completionParams(D), n: 2, stop: null, max_tokens: 5, temperature: 1 }, true);
    expect(completions.map((c) => c.text)).toEqual(response.choices.map((c) => c.text));
    expect(tokenCount(completions)).toBe(10);
    expect(shownStep(completions, null)?.ref).toEqual({ choice: 1, index: 4 });
    expect(shownStep(completions, { choice: 0, index: 2 })?.step).toBe(completions[0].steps[2]);
    expect(shownStep(completions, { choice: 3, index: 0 })?.ref).toEqual({ choice: 1, index: 4 });
    const step = completions[0].steps[0];
    expect(step.attention).toHaveLength(lm.config.nLayers);
    expect(step.attention![0][0]).toHaveLength(step.context.length);
    expect(shownStep([], null)).toBeNull();
  });

  it('the same parameters through complete() give the same texts (what the e2e test compares with)', async () => {
    const { lm, response } = await collect({ ...completionParams(D), temperature: 0 });
    expect((await complete(lm, { ...completionParams(D), temperature: 0 })).choices).toEqual(response.choices);
  });
});

describe('mini-gpt prompt notices', () => {
  const vocab = JSON.parse(readFileSync(join(process.cwd(), 'public', 'models', 'gpt.json'), 'utf8')).vocab as string[];

  it('every example prompt and the default are in the vocabulary', () => {
    for (const p of ['梯度下降', '注意力', '大模型', '神经网络的']) expect(Array.from(p).filter((c) => !vocab.includes(c))).toEqual([]);
  });

  it('names unknown characters, an empty prompt, and a window longer than the context', () => {
    expect(promptNotices('梯度下降', { ids: [4, 5, 6, 7], unknown: [] }, 64, 40)).toEqual([]);
    expect(promptNotices('梯度下降', { ids: [4, 5, 6, 7], unknown: [] }, 64, 60)).toEqual([]);
    const n = promptNotices('', { ids: [4], unknown: ['😀', 'Ж'] }, 64, 64);
    expect(n[0]).toMatch(/提示为空/);
    expect(n[1]).toMatch(/2 个字符不在模型的词表里：「😀」「Ж」.*\[UNK\]（未知字符）/);
    expect(n[2]).toMatch(/提示（1 个字符）加上 max_tokens（64）超过了模型的上下文长度 64/);
    // the demo counts characters (its model's tokens), never 词元
    expect(n.join('')).not.toMatch(/词元/);
  });
});

describe('mini-gpt status line', () => {
  const steps = (k: number) => Array.from({ length: k }, () => ({}) as TokenStep);
  const two = [
    { steps: steps(30), text: '', finish: 'length' as const },
    { steps: steps(10), text: '', finish: 'stop' as const },
  ];

  it('counts the characters of every completion, the time with two decimals, the rate as a whole number', () => {
    // 40 characters in 1.234 s: 32.41… a second, written as 32
    expect(runSummary({ status: 'done', completions: two, elapsedMs: 1234 })).toBe('完成：共生成 40 个字符，用时 1.23 秒，约每秒 32 个。');
    expect(runSummary({ status: 'done', completions: two, elapsedMs: 0 })).toBe('完成：共生成 40 个字符，用时 0.00 秒。');
    expect(runSummary({ status: 'stopped', completions: two, elapsedMs: 500 })).toBe('已停止：生成了 40 个字符。');
    expect(runSummary({ status: 'running', completions: two, elapsedMs: 500 })).toBe('正在生成…');
    expect(runSummary({ status: 'idle', completions: [], elapsedMs: 0 })).toBe('');
  });
});

describe('mini-gpt held-out summary', () => {
  it('gives the loss, the perplexity e^loss rounded, the vocabulary and the shipped step', () => {
    // e^3.5 = 33.115…
    const text = heldOutSummary({ finalHeldOutLoss: 3.5, steps: 1600, shippedStep: 1200 }, 1340);
    expect(text).toContain('平均损失是 3.500 nats');
    expect(text).toContain('困惑度 e^3.50 ≈ 33：');
    expect(text).toContain('在 33 个字里平均地猜一个（字表有 1340 个）');
    expect(text).toContain('留出损失最低的第 1200 步的权重（共训练 1600 步）');
    expect(heldOutSummary({ finalHeldOutLoss: 3.5, steps: 1600, shippedStep: 1600 }, 1340)).toContain('最后一步（第 1600 步）的权重，它的留出损失也是训练中最低的');
    expect(heldOutSummary({ finalHeldOutLoss: Math.log(100), steps: 10 }, 50)).not.toContain('步的权重');
    expect(heldOutSummary({ finalHeldOutLoss: Math.log(100), steps: 10 }, 50)).toContain('≈ 100：');
  });
});
