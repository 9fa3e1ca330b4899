/**
 * The code a cell starts with (and 重置 restores): chapter 8's one step of gradient descent for
 * linear regression, the same computation the chapter shows in PyTorch and NumPy beside it.
 * Hand-checked: at w = b = 0 the loss is mean(y²) = 41, ∂L/∂w = −35, ∂L/∂b = −12, so one step
 * with lr = 0.05 gives w = 1.75, b = 0.6 (tests/unit/demos/code-cell/run.test.ts runs it).
 */
export const DEFAULT_CODE = `// 线性回归的一步梯度下降：拟合 y ≈ w·x + b
const x = tf.tensor1d([1, 2, 3, 4]);
const y = tf.tensor1d([3, 5, 7, 9]);   // 真实关系 y = 2x + 1
let w = tf.scalar(0);
let b = tf.scalar(0);
const lr = 0.05;

// 均方误差损失；tf.grads 自动求出它对 w、b 的梯度
const loss = (w, b) => x.mul(w).add(b).sub(y).square().mean();
const grads = tf.grads(loss);

const [dw, db] = grads([w, b]);
print('损失', loss(w, b), '梯度 dL/dw', dw, 'dL/db', db);
w = w.sub(dw.mul(lr));
b = b.sub(db.mul(lr));
print('一步之后 w =', w, 'b =', b, '损失', loss(w, b));

// 再走 50 步，画出损失曲线
const history = [];
for (let step = 0; step < 50; step++) {
  const [gw, gb] = grads([w, b]);
  w = w.sub(gw.mul(lr));
  b = b.sub(gb.mul(lr));
  history.push(loss(w, b).arraySync());
}
plot(history);
table(tf.stack([x, x.mul(w).add(b), y]));
`;

/**
 * Chapter 3's cell: one step of gradient descent on L(w) = (w₁ − 3)² + 10·(w₂ + 1)², by hand and
 * with tf.grad. At w = (0, 0): L = 19, ∇L = (−6, 20); with lr = 0.05 one step gives w = (0.3, −1),
 * L = 7.29. Along w₂ the factor per step is 1 − 0.05·20 = 0 (one step), along w₁ 1 − 0.05·2 = 0.9.
 */
export const GD_STEP_CODE = `// 一步梯度下降：先手算，再用 tf.grad 验证
// 损失 L(w) = (w₁ − 3)² + 10·(w₂ + 1)²，最低点在 (3, −1)
const L = (w) => w.sub(tf.tensor1d([3, -1])).square().mul(tf.tensor1d([1, 10])).sum();
let w = tf.tensor1d([0, 0]);
const lr = 0.05;

// 手算：∂L/∂w₁ = 2(w₁ − 3) = −6，∂L/∂w₂ = 20(w₂ + 1) = 20
const g = tf.grad(L)(w);
print('损失', L(w), '梯度', g);
w = w.sub(g.mul(lr));
print('一步之后 w =', w, '损失', L(w));

// 再走 30 步：w₂ 方向已经到位，w₁ 方向每步只把误差缩小到 0.9 倍
const history = [];
for (let step = 0; step < 30; step++) {
  w = w.sub(tf.grad(L)(w).mul(lr));
  history.push(L(w).arraySync());
}
plot(history);
print('31 步之后 w =', w);
// 试试 lr = 0.11：w₂ 方向每步乘以 1 − 0.11·20 = −1.2，来回振荡并发散
`;

/**
 * Chapter 4's cell: the backward pass of a 2-2-1 network (tanh hidden layer, squared loss) by the
 * chain rule, step by step, then tf.grads on the same function; the two agree to rounding.
 */
export const BACKPROP_CODE = `// 反向传播：逐个乘出局部导数，再与自动微分对照
// h = tanh(W₁x + b₁)，ŷ = w₂·h + b₂，L = (ŷ − y)²
const x = tf.tensor1d([1, 2]);
const y = 1;
const W1 = tf.tensor2d([[0.5, -0.3], [0.2, 0.4]]);
const b1 = tf.tensor1d([0, 0.1]);
const w2 = tf.tensor1d([0.7, -0.6]);
const b2 = tf.scalar(0.05);

// 前向传播，记下每个中间量
const z = W1.matMul(x.reshape([2, 1])).reshape([2]).add(b1);
const h = z.tanh();
const yHat = h.mul(w2).sum().add(b2);
print('z =', z, 'h =', h, 'ŷ =', yHat, 'L =', yHat.sub(y).square());

// 反向传播：从损失往回走，每一步乘上一个局部导数
const dYhat = yHat.sub(y).mul(2);                  // ∂L/∂ŷ = 2(ŷ − y)
const dw2 = h.mul(dYhat);                          // ∂L/∂w₂ = ∂L/∂ŷ · h
const dz = w2.mul(dYhat).mul(h.square().neg().add(1));  // ∂L/∂z = ∂L/∂ŷ · w₂ · (1 − h²)
const dW1 = dz.reshape([2, 1]).mul(x.reshape([1, 2]));  // ∂L/∂W₁ = ∂L/∂z · xᵀ（外积）
print('手算 ∂L/∂w₂ =', dw2, '∂L/∂b₁ =', dz);
table(dW1);

// 自动微分：tf.grads 对同一个函数求导
const f = (W1, b1, w2, b2) =>
  W1.matMul(x.reshape([2, 1])).reshape([2]).add(b1).tanh().mul(w2).sum().add(b2).sub(y).square();
const [gW1, gb1, gw2] = tf.grads(f)([W1, b1, w2, b2]);
print('tf.grads ∂L/∂w₂ =', gw2, '∂L/∂b₁ =', gb1);
print('两种算法的最大差', gW1.sub(dW1).abs().max());
`;

/**
 * Chapter 5's cell: scaled dot-product attention for three tokens, with the causal mask (set
 * `causal` to false for BERT's two-way attention): scores, weights (rows sum to 1), output.
 */
export const ATTENTION_CODE = `// 缩放点积注意力，一步一步算
// 3 个词元的向量（每行一个，d_model = 4），投影到 d_k = 2
const X = tf.tensor2d([[1, 0, 1, 0], [0, 2, 0, 1], [1, 1, 0, 1]]);
const Wq = tf.tensor2d([[1, 0], [0, 1], [1, 1], [0, -1]]);
const Wk = tf.tensor2d([[0, 1], [1, 0], [1, -1], [0, 1]]);
const Wv = tf.tensor2d([[1, 2], [0, 1], [-1, 0], [2, 1]]);
const Q = X.matMul(Wq);
const K = X.matMul(Wk);
const V = X.matMul(Wv);

const dk = 2;
let scores = Q.matMul(K.transpose()).div(Math.sqrt(dk));  // QKᵀ / √d_k
table(scores);

// 因果掩码：第 i 个词元只看得见第 0…i 个（GPT）；改成 false 就是 BERT 的双向注意力
const causal = true;
if (causal) scores = scores.add(tf.tensor2d([[0, -1e9, -1e9], [0, 0, -1e9], [0, 0, 0]]));
const A = tf.softmax(scores);  // 按行 softmax：每一行是一个概率分布
table(A);
print('每行之和', A.sum(1));
table(A.matMul(V));            // 输出：按权重把 V 的各行加起来
`;
