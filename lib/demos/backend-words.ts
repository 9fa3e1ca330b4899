/**
 * The backend badge's words, in Chinese: a short 「计算：WASM」 for the toolbar, and one line per
 * backend tried for its details (which one computes, and why the others were not chosen). The
 * manager's own reasons are technical English (`no adapter`, `software GPU (SwiftShader)`); they
 * stay available as the line's detail for a bug report.
 */
import type { BackendName, BackendReport, CandidateReport, SkipCode } from '@/lib/compute/backend/types';

/** The backends' names as the badge shows them. */
export const BACKEND_SHORT: Readonly<Record<BackendName, string>> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'JavaScript' };

/** 「计算：WASM」, 「计算：WebGL（软件模拟）」; while choosing, 「计算：选择中…」. */
export function badgeText(report: BackendReport | null): string {
  if (!report) return '计算：选择中…';
  return `计算：${BACKEND_SHORT[report.backend]}${report.processor === 'gpu' && report.software ? '（软件模拟）' : ''}`;
}

/** Where the arithmetic runs, in words. */
export function whereText(report: BackendReport): string {
  if (report.processor === 'cpu') return report.backend === 'wasm' ? '在 CPU 上，用 WebAssembly' : '在 CPU 上，用纯 JavaScript（最慢，但处处可用）';
  return report.software ? '在软件模拟的 GPU 上（比真 GPU 慢得多）' : '在 GPU 上';
}

function skipText(name: BackendName, code: SkipCode, chosen: BackendName | null): string {
  switch (code) {
    case 'no-api':
      return name === 'webgpu' ? '这个浏览器不支持 WebGPU' : '这个浏览器无法创建 WebGL 画布';
    case 'no-adapter':
      return '浏览器没有提供可用的 GPU';
    case 'init-failed':
      return '启动失败';
    case 'wrong-numbers':
      return '试算结果不对，没有采用';
    case 'timeout':
      return '试算超时，没有采用';
    case 'lost':
      return '这次访问中 GPU 曾经失效，不再使用';
    case 'software':
      return '只有软件模拟的 GPU，比 WASM 慢，没有采用';
    case 'not-needed':
      return chosen ? `已选用排在前面的 ${BACKEND_SHORT[chosen]}，没有尝试` : '没有尝试';
  }
}

export interface CandidateLine {
  name: BackendName;
  /** 「WebGL」 */
  label: string;
  /** 「使用中」 or why not, in Chinese. */
  status: string;
  /** The manager's technical reason (English), if any. */
  detail: string | null;
  chosen: boolean;
}

/** One line per backend tried, in the order tried. */
export function candidateLines(report: BackendReport): CandidateLine[] {
  return report.candidates.map((c: CandidateReport) => ({
    name: c.name,
    label: BACKEND_SHORT[c.name],
    status: c.chosen ? (c.check ? `使用中（试算通过，${Math.round(c.check.ms)} 毫秒）` : '使用中') : c.skip ? skipText(c.name, c.skip.code, report.backend) : '没有尝试',
    detail: c.skip && c.skip.code !== 'not-needed' ? c.skip.reason : null,
    chosen: c.chosen,
  }));
}

/** The reader asked for a backend that is not the one computing: say so. */
export function refusalText(report: BackendReport): string | null {
  if (!report.requested || report.requested === report.backend) return null;
  return `你选择的 ${BACKEND_SHORT[report.requested]} 不可用，已改用 ${BACKEND_SHORT[report.backend]}。`;
}
