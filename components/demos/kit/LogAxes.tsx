import { power, type LogTicks } from '@/lib/demos/compute-budget/ticks';
import { fixed } from '@/lib/demos/format';
import chart from './chart.module.css';

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The grid, tick labels and axis titles of a chart with a logarithmic x axis (decades labelled
 * 10ⁿ, minor ticks dashed) and round y ticks, drawn inside an <svg>. `x` and `y` map values to
 * pixels; the y axis may itself be logarithmic (its ticks are then placed by `y`).
 */
export function LogAxes({ box, svgHeight, xt, x, yt, y, xTitle, yTitle }: { box: PlotBox; svgHeight: number; xt: LogTicks; x: (v: number) => number; yt: number[]; y: (v: number) => number; xTitle: string; yTitle: string }) {
  const bottom = box.top + box.height;
  const middle = box.top + box.height / 2;
  return (
    <>
      {xt.minor.map((v) => (
        <line key={`xm${v}`} x1={x(v)} x2={x(v)} y1={box.top} y2={bottom} className={chart.gridMinor} />
      ))}
      {xt.major.map((v) => (
        <g key={`x${v}`}>
          <line x1={x(v)} x2={x(v)} y1={box.top} y2={bottom} className={chart.grid} />
          <text x={x(v)} y={bottom + 15} textAnchor="middle" className={chart.tick}>
            {power(Math.round(Math.log10(v)))}
          </text>
        </g>
      ))}
      {yt.map((v) => (
        <g key={`y${v}`}>
          <line x1={box.left} x2={box.left + box.width} y1={y(v)} y2={y(v)} className={chart.grid} />
          <text x={box.left - 5} y={y(v) + 4} textAnchor="end" className={chart.tick}>
            {fixed(v, 1)}
          </text>
        </g>
      ))}
      <text x={box.left + box.width / 2} y={svgHeight - 4} textAnchor="middle" className={chart.axisTitle}>
        {xTitle}
      </text>
      <text x={12} y={middle} textAnchor="middle" className={chart.axisTitle} transform={`rotate(-90 12 ${middle})`}>
        {yTitle}
      </text>
    </>
  );
}
