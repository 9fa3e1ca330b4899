/**
 * The live demos of the book: what the chapter shows before a demo loads (a same-sized static
 * placeholder with a description, readable without JavaScript), and where each one lives.
 * Each demo's parameter table sits beside it in lib/widgets/<name>.ts.
 */
export interface DemoInfo {
  /** The tag's name in MDX (`<Demo name="gd-explorer" />`) and the embed route (`/embed/gd-explorer/`). */
  name: string;
  /** The URL namespace of its parameters: `?gd.lr=0.1`. */
  ns: string;
  title: string;
  /** What the demo does, shown in the placeholder and to readers without JavaScript. */
  description: string;
  /** Height reserved before it loads (px, in the chapter column of a wide screen; phones reserve 1.4×), so the page does not jump. */
  height: number;
  /** The chapter and section it belongs to. */
  chapter: string;
  section: string;
}

export const DEMOS = [
  {
    name: 'gd-explorer',
    ns: 'gd',
    title: '梯度下降探索器',
    description:
      '在二维损失曲面的等高线图上点选起点，让 SGD、动量法和 Adam 从同一点出发赛跑；用对数滑块调学习率，逐步或连续运行，看损失曲线和代入了当前数值的更新公式。另一模式用梯度下降拟合直线，并与最小二乘解对照。',
    height: 1550,
    chapter: 'gradient-descent',
    section: 'sec-2-1',
  },
  {
    name: 'chain-rule',
    ns: 'cr',
    title: '链式法则逐步演示',
    description:
      '一个 2-2-1 的小网络和一个样本：先一个节点一个节点地做前向传播，再反向传播，每个 ∂L/∂w 都显示为局部导数的乘积和具体数值；最后与 TensorFlow.js 自动微分的结果对照。',
    height: 810,
    chapter: 'backprop',
    section: 'sec-2-2',
  },
  {
    name: 'trainer',
    ns: 'nn',
    title: '神经网络训练场',
    description:
      '像 TensorFlow Playground 一样训练一个小网络：选择数据集（圆、异或、高斯、螺旋）、输入特征、隐藏层数与宽度、激活函数、学习率和批大小，实时观看决策边界与训练、测试损失。',
    height: 1080,
    chapter: 'backprop',
    section: 'sec-2-2',
  },
  {
    name: 'attention',
    ns: 'at',
    title: '自注意力探索器',
    description:
      '输入一个短句，逐步看到词元 → 嵌入（加位置）→ Q、K、V → QKᵀ → 除以 √d_k → 因果掩码 → softmax → 输出；权重热力图可悬停或聚焦查看精确数值，调节 d_k 观察不缩放时 softmax 如何饱和，并切换 1 到 4 个头。',
    height: 1340,
    chapter: 'attention',
    section: 'sec-2-3',
  },
] as const satisfies readonly DemoInfo[];

export type DemoName = (typeof DEMOS)[number]['name'];

export function demoInfo(name: string): DemoInfo | undefined {
  return DEMOS.find((d) => d.name === name);
}
