/**
 * tfjs-core as demo code uses it: imported statically (a demo's chunk is already loaded lazily, so
 * this costs the chapter nothing), with every gradient registered. tfjs-core alone registers none
 * (`tf.grad` fails with "gradient function not found"); this is the one module that registers them.
 * The core comes first: registering a gradient reads flags that the core's entry point defines.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export { tf };
export type { Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
