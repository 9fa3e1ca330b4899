/** Turning a choice into the words the badge shows. */
import { BACKEND_LABELS, type BackendName, type CandidateReport, type Processor } from './types';

export function processorOf(name: BackendName): Processor {
  return name === 'webgpu' || name === 'webgl' ? 'gpu' : 'cpu';
}

/**
 * "WebGL · GPU", "WebGL · software GPU", or "WASM · CPU (WebGPU: no adapter)": the note gives the
 * first candidate tried before the chosen one (so unavailable, failed or lost), or else a lost GPU,
 * or (when a CPU backend was chosen) a software GPU ranked below it: a refused request or a missing GPU is what the reader sees.
 */
export function describeChoice(chosen: CandidateReport, candidates: readonly CandidateReport[]): string {
  const kind = chosen.processor === 'cpu' ? 'CPU' : chosen.software ? 'software GPU' : 'GPU';
  const base = `${BACKEND_LABELS[chosen.name]} · ${kind}`;
  const at = candidates.indexOf(chosen);
  const passed = candidates.find((c, i) => c.skip && (i < at || c.skip.code === 'lost' || (c.skip.code === 'software' && chosen.processor === 'cpu')));
  return passed?.skip ? `${base} (${BACKEND_LABELS[passed.name]}: ${passed.skip.reason})` : base;
}

/** Reads ?backend=… from a query string such as location.search; null when absent or unknown. */
export function parseBackendParam(search: string): BackendName | null {
  const value = new URLSearchParams(search).get('backend')?.toLowerCase() ?? null;
  return value === 'webgpu' || value === 'webgl' || value === 'wasm' || value === 'cpu' ? value : null;
}
