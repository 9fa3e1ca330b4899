/**
 * The sections of the source text (a common Chinese survey of large AI models, described in
 * docs/source-text.md), in its order and with its numbering. Each gets a permanent anchor id
 * and a short link `/s/<short>`; both must never change, because instructors put them in slides and
 * syllabi.
 */
export interface DocSection {
  /** The source's own number: "2.1", "1.2.1", or "Q1" for the FAQ. */
  number: string;
  /** The anchor id in the book: `sec-2-1`, `faq-q1`. */
  id: string;
  /** The short-link slug: `/s/2-1`, `/s/q1`. */
  short: string;
  /** The section's title, as the source gives it. */
  title: string;
}

function section(number: string, title: string): DocSection {
  const isFaq = number.startsWith('Q');
  const short = number.toLowerCase().replace(/\./g, '-');
  return { number, title, short, id: isFaq ? `faq-${short}` : `sec-${short}` };
}

export const DOC_SECTIONS: readonly DocSection[] = [
  section('1.2.1', '大模型的概念'),
  section('1.2.2', '大模型的特点'),
  section('1.3', '数据'),
  section('1.4', '算法'),
  section('1.5', '高性能计算资源'),
  section('2.1', '梯度下降'),
  section('2.2', '反向传播'),
  section('2.3', '自注意力机制'),
  section('3.1', 'GPT-3'),
  section('3.2', 'BERT'),
  section('4.1', '自然语言处理'),
  section('4.2', '计算机视觉'),
  section('4.3', '自动驾驶'),
  section('5.1', '深度学习框架'),
  section('5.2', '数据集'),
  section('5.3', '文献和教程'),
  section('6.1', '未来发展趋势'),
  section('6.2', '挑战'),
  section('Q1', '大模型与小模型的区别是什么？'),
  section('Q2', '大模型需要多少计算资源？'),
  section('Q3', '大模型的训练和优化有哪些挑战？'),
];

const byNumber = new Map(DOC_SECTIONS.map((s) => [s.number, s]));
const byShort = new Map(DOC_SECTIONS.map((s) => [s.short, s]));

export function sectionByNumber(number: string): DocSection | undefined {
  return byNumber.get(number);
}

export function sectionByShort(short: string): DocSection | undefined {
  return byShort.get(short);
}
