/**
 * The live demos of the book: what the chapter shows before a demo loads (a same-sized static
 * placeholder with a description, readable without JavaScript), and where each one lives.
 * A demo has one name: its registry key here, its folders lib/demos/<name>/ (parameters, engine)
 * and components/demos/<name>/ (views), the URL namespace of its parameters (`?gd-explorer.lr=0.1`),
 * the `data-widget` value of its root element and its embed route (`/embed/<name>/`).
 */
export interface DemoInfo {
  /** The tag's name in MDX (`<Demo name="gd-explorer" />`) and the embed route (`/embed/gd-explorer/`). */
  name: string;
  /** Namespaces its parameters had in older links (`?gd.lr=0.1`): still read, rewritten to the name. */
  aliases: readonly string[];
  title: string;
  /** What the demo does, shown in the placeholder and to readers without JavaScript. */
  description: string;
  /**
   * Height reserved before it loads, so the page does not jump when it mounts: its height as
   * mounted in its default state, in the chapter column at 1280 px, and at 360 px (phoneHeight).
   * Measured in headless Chromium with Noto CJK; re-measure after changing a demo's layout.
   */
  height: number;
  phoneHeight: number;
  /** The chapter and section it belongs to. */
  chapter: string;
  section: string;
}

export const DEMOS = [
  {
    name: 'gd-explorer',
    aliases: ['gd'],
    title: '梯度下降探索器',
    description:
      '在二维损失曲面的等高线图上点选起点，让 SGD、动量法和 Adam 从同一点出发赛跑；用对数滑块调学习率，逐步或连续运行，看损失曲线和代入了当前数值的更新公式。另一模式用梯度下降拟合直线，并与最小二乘解对照。',
    height: 1513,
    phoneHeight: 1586,
    chapter: 'gradient-descent',
    section: 'sec-2-1',
  },
  {
    name: 'chain-rule',
    aliases: ['cr'],
    title: '链式法则逐步演示',
    description:
      '一个 2-2-1 的小网络和一个样本：先一个节点一个节点地做前向传播，再反向传播，每个 ∂L/∂w 都显示为局部导数的乘积和具体数值；最后与 TensorFlow.js 自动微分的结果对照。',
    height: 877,
    phoneHeight: 988,
    chapter: 'backprop',
    section: 'sec-2-2',
  },
  {
    name: 'trainer',
    aliases: ['nn'],
    title: '神经网络训练场',
    description:
      '像 TensorFlow Playground 一样训练一个小网络：选择数据集（圆、异或、高斯、螺旋、回归用的平面和多个高斯，或在图上自己画点、用 CSV 导入导出）、输入特征、隐藏层数与宽度、激活函数、学习率、批大小和 L1/L2 正则化，实时观看决策边界、每个神经元的输出与训练、测试损失。',
    height: 1902,
    phoneHeight: 1940,
    chapter: 'backprop',
    section: 'sec-2-2',
  },
  {
    name: 'attention',
    aliases: ['at'],
    title: '自注意力探索器',
    description:
      '输入一个短句，逐步看到词元 → 嵌入（加位置）→ Q、K、V → QKᵀ → 除以 √d_k → 因果掩码 → softmax → 输出；权重热力图可悬停或聚焦查看精确数值，调节 d_k 观察不缩放时 softmax 如何饱和，并切换 1 到 4 个头。',
    height: 1459,
    phoneHeight: 1822,
    chapter: 'attention',
    section: 'sec-2-3',
  },
  {
    name: 'mini-gpt',
    aliases: ['gpt'],
    title: '迷你 GPT：逐字生成',
    description:
      '一个读过本书正文的字符级 GPT（3 层，约 47 万参数）在浏览器里续写你的提示。它的词元就是单个字符，所以演示里一律说「字符」。参数与补全 API 相同：max_tokens、temperature、top_p、n、stop；字符逐个出现，每一步列出概率最高的 5 个候选，并可查看最新字符对上文的注意力。',
    height: 855,
    phoneHeight: 1037,
    chapter: 'gpt-bert',
    section: 'sec-3-1',
  },
  {
    name: 'transformer-view',
    // No older links exist; the short namespace is read too (`?tv.pos=2`) and rewritten to the name.
    aliases: ['tv'],
    title: '整个 Transformer 一览：从字符到下一个字符',
    description:
      '把你的提示交给本页的迷你 GPT，按顺序列出它的每一步：字符向量加位置向量，每一层的层归一化、Q、K、V（训练好的真实权重）、各个头的注意力分数、因果掩码与 softmax、加权求和、输出投影、残差、前馈层（GELU）、残差，最后的层归一化、logits，以及温度和 top_p 之后的下一个字符。每一步都给出形状和真实数值；点选一个字，跟踪它的那一行穿过整个模型。',
    height: 3829,
    phoneHeight: 5216,
    chapter: 'gpt-bert',
    section: 'sec-3-1',
  },
  {
    name: 'gpt-train',
    aliases: ['gt'],
    title: '从零训练一个迷你 GPT',
    description:
      '在浏览器里从随机参数开始训练一个更小的字符级 GPT：实时画出训练损失与留出损失，并每隔一段时间用当前参数生成一句话，看乱码怎样逐渐变成像样的中文。',
    height: 1355,
    phoneHeight: 1767,
    chapter: 'gpt-bert',
    section: 'sec-3-1',
  },
  {
    name: 'mini-bert',
    aliases: ['bert'],
    title: '迷你 BERT：完形填空与章节分类',
    description:
      '一个在本书正文上用掩码语言模型预训练、再微调为「这句话出自哪一章」分类器的迷你 BERT。点击句子里的字把它遮住，看模型的前 5 个候选；输入一句话，看十个章节各自的概率。',
    height: 1411,
    phoneHeight: 2528,
    chapter: 'gpt-bert',
    section: 'sec-3-2',
  },
  {
    name: 'attention-masks',
    aliases: ['am'],
    title: '因果注意力与双向注意力',
    description: '把同一句话交给迷你 GPT 和迷你 BERT，并排显示它们每一层、每个头的注意力权重：GPT 的矩阵右上角全为 0（因果掩码），BERT 的每一行分布在整句话上。',
    height: 947,
    phoneHeight: 1862,
    chapter: 'gpt-bert',
    section: 'sec-3-2',
  },
  {
    name: 'compute-budget',
    aliases: ['cb'],
    title: '算力预算与 Chinchilla 最优分配',
    description:
      '用对数滑块选一个训练算力预算 C（10¹⁸ 到 10²⁶ 次浮点运算），看 Chinchilla 损失拟合 L(N, D) 的等算力曲线：同样的 C 下参数量 N 多大时损失最低，与经验法则 D ≈ 20N 相比如何，GPT-3、Gopher、Chinchilla 和 LLaMA 落在哪里；再选加速器和利用率，算出要多少卡·天、多少天、多少钱。',
    height: 1132,
    phoneHeight: 1364,
    chapter: 'concepts',
    section: 'cc-scaling-link',
  },
  {
    name: 'code-cell',
    aliases: ['cc'],
    title: '可以编辑和运行的代码',
    description:
      '一个代码单元：用 JavaScript 和 TensorFlow.js 写几行代码，按「运行」在与网页隔离的线程里执行，用 print、table、plot 输出文字、张量表格和折线图。出错时指出是第几行；死循环会被时间上限或「停止」按钮终止；「重置」恢复原来的代码，复制链接会带上你改过的代码。',
    height: 1186,
    phoneHeight: 1464,
    chapter: 'tools',
    section: 'sec-5-1',
  },
  {
    name: 'model-size',
    aliases: ['ms'],
    title: '模型有多大：参数量计算器',
    description:
      '选一个已发表的模型（本书的迷你 GPT、GPT-2、GPT-3、BERT、LLaMA-7B），或拖动层数、隐藏维度、头数、词表和上下文长度：按组成部分列出精确的参数量，与 12·L·d² 的估算对照，在对数刻度上与其他模型比较，并给出权重在 fp32、fp16、int8、int4 下占多少内存。',
    height: 1485,
    phoneHeight: 1841,
    chapter: 'overview',
    section: 'ov-scale',
  },
  {
    name: 'train-memory',
    aliases: ['tm'],
    title: '训练与推理要多少显存',
    description:
      '选一个模型，算出训练时每个参数的 16 字节（fp16 权重和梯度、fp32 主副本、Adam 的两个矩）、一批数据的激活值（保存全部、只重算注意力或完全重计算），或推理时的权重与 KV 缓存，以及至少要几块 80 GB 的 GPU。',
    height: 1043,
    phoneHeight: 1601,
    chapter: 'faq',
    section: 'faqx-memory',
  },
  {
    name: 'tokenizer',
    // No older links exist; the short namespace is read too (`?tok.size=8192`) and rewritten to the name.
    aliases: ['tok'],
    title: '分词器：字符、字节级 BPE 与字节',
    description:
      '把你输入的一段文字用三种方法切成词元并排显示：迷你模型的字符级词表、在本书上训练的字节级 BPE（词表 512、2048 或 8192）、原始的 UTF-8 字节。每个词元标出编号，被切开的汉字显示为「�」；下面按词元数折算费用和上下文占用。',
    height: 1343,
    phoneHeight: 1719,
    chapter: 'gpt-bert',
    section: 'sec-3-1',
  },
  {
    name: 'retrieval',
    // No older links exist; the short namespace is read too (`?rt.q=…`) and rewritten to the name.
    aliases: ['rt'],
    title: '检索：BM25 与迷你 BERT 向量',
    description:
      '输入一个问题，在本书的 839 个段落里检索，并排列出两种方法各自的前 5 段：BM25（按字和相邻字对计分）与迷你 BERT 句向量的余弦相似度。每条结果给出分数、段落开头和所在小节的链接；段落向量在构建时算好，问题的向量在浏览器里现算。',
    height: 1160,
    phoneHeight: 2109,
    chapter: 'applications',
    section: 'app-nlp-retrieval',
  },
  {
    name: 'scaling',
    aliases: ['sc'],
    title: '本书自己的缩放实验',
    description:
      '七个迷你 GPT（不含嵌入的参数从 888 到约 34 万）在本书同样多的文字上训练后的留出损失，画在双对数坐标上：按参数量或按计算量，现场用最小二乘拟合幂律，给出指数及其误差；可以把某些模型排除在拟合之外、先减去不可约损失 E 再拟合，并外推到更大的模型，与 Kaplan 和 Chinchilla 的指数对照。',
    height: 1076,
    phoneHeight: 1385,
    chapter: 'future',
    section: 'fut-scaling',
  },
  {
    name: 'code-gd',
    // No older links exist; the short namespace is read too (`?gdc.code=…`) and rewritten to the name.
    aliases: ['gdc'],
    title: '代码：一步梯度下降',
    description: '一个可以编辑和运行的代码单元：在二维二次碗上手算一步梯度下降的梯度，用 tf.grad 自动求导核对，再走 30 步画出损失曲线；改大学习率可以看到振荡和发散。',
    height: 1071,
    phoneHeight: 1384,
    chapter: 'gradient-descent',
    section: 'gd-condition',
  },
  {
    name: 'code-backprop',
    // No older links exist; the short namespace is read too (`?bpc.code=…`) and rewritten to the name.
    aliases: ['bpc'],
    title: '代码：手算反向传播与自动微分对照',
    description: '一个可以编辑和运行的代码单元：对一个 2-2-1 小网络按链式法则逐个乘出局部导数，再用 tf.grads 对同一个函数求导，打印两者的梯度和最大差。',
    height: 1300,
    phoneHeight: 1897,
    chapter: 'backprop',
    section: 'bp-gradient-check',
  },
  {
    name: 'code-attention',
    // No older links exist; the short namespace is read too (`?atc.code=…`) and rewritten to the name.
    aliases: ['atc'],
    title: '代码：缩放点积注意力',
    description: '一个可以编辑和运行的代码单元：三个词元的 Q、K、V，缩放后的分数 QKᵀ/√d_k，加因果掩码后按行 softmax 得到的权重，以及输出；把 causal 改成 false 就是双向注意力。',
    height: 1094,
    phoneHeight: 1464,
    chapter: 'attention',
    section: 'attn-causal-mask',
  },
] as const satisfies readonly DemoInfo[];

export type DemoName = (typeof DEMOS)[number]['name'];

/** A demo of the registry: its name is one of DemoName. */
export type RegisteredDemo = DemoInfo & { name: DemoName };

export function demoInfo(name: string): RegisteredDemo | undefined {
  return DEMOS.find((d) => d.name === name);
}
