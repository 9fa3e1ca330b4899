/** The backend manager's public face. Imports no tfjs code until ready()/setBackend() runs. */
export { BackendManager, getBackendManager, type BackendManagerOptions } from './manager';
export { browserPlatform, probeWebGL, probeWebGPU, type Platform } from './probe';
export { knownAnswerCheck } from './health-check';
export { describeChoice, parseBackendParam } from './describe';
export type { BackendLoader } from './loaders';
export * from './types';
