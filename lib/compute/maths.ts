/**
 * Everything that computes, re-exported. Importing this module loads @tensorflow/tfjs-core, so a
 * page should import it lazily (`await import('@/lib/compute/maths')`) once a demo needs it, and
 * choose a backend first with the manager in ./backend.
 */
export * from './random';
export * from './gd/objectives';
export * from './gd/optimizers';
export * from './gd/descent';
export * from './gd/divergence';
export * from './gd/linear-regression';
export * from './mlp/activations';
export * from './mlp/losses';
export * from './mlp/network';
export * from './mlp/train';
export * from './mlp/datasets';
export * from './mlp/features';
export * from './mlp/boundary';
export * from './attention/scaled-dot-product';
export * from './attention/multi-head';
