/** Chosen by scripts/pick-bert-examples.ts (npm run bert:examples) from the shipped BERT's answers on held-out sentences; do not edit by hand. */
export const CHOSEN = {
  "bertSha256": "f98af12e6ca5b681c1ed1b27cda35fc41e8675476003cd12c1fd1ed3923778aa",
  "naiveBayesChars": 1305,
  "sentences": {
    "count": 88,
    "bertRight": 31,
    "naiveBayesRight": 48
  },
  "fillMask": {
    "text": "梯度下降每步只需要梯度，适用于任何可微的模型，这是它统治深度学习的原因",
    "masks": [
      1,
      10
    ],
    "p": [
      0.0984,
      0.1122
    ]
  },
  "classify": {
    "default": {
      "text": "在同一个碗上取 α = 0.15、β = 0.9，反而需要 130 步",
      "label": 2,
      "right": "both"
    },
    "examples": [
      {
        "text": "判断下列任务各属于哪个领域：（1）把一段中文录音转成中文文字",
        "label": 6,
        "right": "both"
      },
      {
        "text": "这让普通实验室也能微调大模型",
        "label": 8,
        "right": "bert"
      },
      {
        "text": "「每参数 20 token」是在训练计算量固定、只追求最低损失时的最优点",
        "label": 1,
        "right": "naiveBayes"
      }
    ]
  }
} as const;
