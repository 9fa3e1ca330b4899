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
