'use client';

import { BACKEND_LABELS, BACKEND_NAMES, type BackendName, type BackendReport } from '@/lib/compute';

/** Which backend computes ("WASM · CPU (WebGL: software GPU)") and a way to switch it. */
export function BackendBadge({ report, onChoose }: { report: BackendReport | null; onChoose: (name: BackendName | null) => void }) {
  return (
    <span className="backend-badge">
      <span className="backend-label" title={report ? report.candidates.map((c) => `${c.name}: ${c.skip ? c.skip.reason : '使用中'}`).join('\n') : ''}>
        {report ? report.label : '正在选择计算后端…'}
      </span>
      <label>
        <span className="visually-hidden">计算后端</span>
        <select
          value={report?.requested ?? ''}
          onChange={(e) => onChoose((e.target.value || null) as BackendName | null)}
          disabled={!report}
        >
          <option value="">自动</option>
          {BACKEND_NAMES.map((n) => (
            <option key={n} value={n}>
              {BACKEND_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
