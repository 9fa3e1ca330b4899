/** Types shared by the backend manager: what was tried, what was chosen, and why. */
import type * as TF from '@tensorflow/tfjs-core';

export type TfCore = typeof TF;

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** What the UI shows for each backend. */
export const BACKEND_LABELS: Readonly<Record<BackendName, string>> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'JavaScript' };

/** Where the arithmetic runs. */
export type Processor = 'gpu' | 'cpu';

/** Why a candidate was not used (machine-readable; `reason` has the words). */
export type SkipCode =
  | 'no-api' // the browser lacks navigator.gpu / WebGL
  | 'no-adapter' // navigator.gpu gave no adapter
  | 'init-failed' // tf.setBackend() resolved false or threw
  | 'wrong-numbers' // the known-answer check failed
  | 'timeout' // the known-answer check did not finish
  | 'lost' // the device or context was lost earlier in this session
  | 'software' // a software GPU, slower than WASM: ranked below it and not reached
  | 'not-needed'; // a better candidate passed first

export interface ProbeResult {
  available: boolean;
  /** A software rasteriser (SwiftShader, llvmpipe …) rather than a real GPU. */
  software: boolean;
  /** Adapter architecture / renderer string, for the curious. */
  detail: string;
  /** Why it is unavailable. */
  code?: SkipCode;
  reason?: string;
}

export interface HealthReport {
  ok: boolean;
  /** Largest |computed − expected| over all cases. */
  maxError: number;
  /** Names of the cases that failed. */
  failures: string[];
  ms: number;
}

export interface CandidateReport {
  name: BackendName;
  chosen: boolean;
  processor: Processor;
  software: boolean;
  detail: string;
  /** Why it was not chosen (null for the chosen one). */
  skip: { code: SkipCode; reason: string } | null;
  /** The known-answer check, if it ran. */
  check: HealthReport | null;
}

export interface BackendReport {
  backend: BackendName;
  processor: Processor;
  software: boolean;
  /** e.g. "WebGL · GPU" or "WASM · CPU (WebGPU: no adapter)" */
  label: string;
  /** The reader's request (?backend= or the setter), if any. */
  requested: BackendName | null;
  /** Every candidate in the order tried. */
  candidates: CandidateReport[];
}

export type BackendEvent =
  | { type: 'chosen'; report: BackendReport }
  /** The requested backend failed; `report` describes the one used instead. */
  | { type: 'refused'; backend: BackendName; reason: string; report: BackendReport }
  /** The device/context was lost: tensors on it are gone; demos must rebuild their state on `report.backend`. */
  | { type: 'lost'; backend: BackendName; reason: string; report: BackendReport };

export type BackendListener = (event: BackendEvent) => void;
