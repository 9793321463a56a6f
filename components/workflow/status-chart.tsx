import type { StatusDay } from "@/lib/workflow/status-history";
import type { ClaimStatus } from "@/lib/claims/types";
import { STATUS_LABELS } from "@/components/claims/claim-format";

/** Bottom to top; fills chosen to stay apart for common colour blindness, and each has a label. */
const SERIES: { status: ClaimStatus; fill: string }[] = [
  { status: "published", fill: "#047857" },
  { status: "ready", fill: "#4338ca" },
  { status: "in_review", fill: "#0284c7" },
  { status: "unreviewed", fill: "#a8a29e" },
  { status: "not_checkable", fill: "#44403c" },
];

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/**
 * Claims in each status at the end of each day: stacked bars drawn on the server as SVG (no
 * client script), with the same numbers in a table for screen readers and anyone who wants them.
 */
export function StatusChart({ history }: { history: StatusDay[] }) {
  const totals = history.map((day) => SERIES.reduce((sum, { status }) => sum + day.counts[status], 0));
  const max = niceMax(Math.max(1, ...totals));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = plotWidth / Math.max(1, history.length);
  const barWidth = Math.max(2, band * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const ticks = [0, max / 2, max];
  const first = history[0]?.day;
  const last = history.at(-1)?.day;

  return (
    <figure aria-label="Claims by status, day by day">
      {/*
        Phones scroll the chart sideways rather than shrink its labels to nothing. The row is
        reversed so the scroll starts at its end: a phone opens on today, not the oldest day, with no
        script (the browser puts a reversed row's scroll origin at its right edge).
      */}
      <div
        className="flex flex-row-reverse overflow-x-auto"
        tabIndex={0}
        role="group"
        aria-label={`Chart of claims by status, ${first ?? ""} to ${last ?? ""}; today at the right, scroll sideways for earlier days`}
        data-testid="status-chart-scroller"
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-auto w-full min-w-[34rem] shrink-0"
          role="img"
          aria-labelledby="status-chart-title"
        >
          <title id="status-chart-title">
            {`Claims by status at the end of each day, ${first ?? ""} to ${last ?? ""}. The table below has the numbers.`}
          </title>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e7e5e4" />
              <text x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#57534e">
                {Math.round(tick)}
              </text>
            </g>
          ))}
          {history.map((day, index) => {
            let base = 0;
            const x = PAD.left + index * band + (band - barWidth) / 2;
            return (
              <g key={day.day}>
                {SERIES.map(({ status, fill }) => {
                  const value = day.counts[status];
                  if (value === 0) return null;
                  const top = y(base + value);
                  const height = y(base) - top;
                  base += value;
                  return <rect key={status} x={x} y={top} width={barWidth} height={height} fill={fill} />;
                })}
              </g>
            );
          })}
          {history.map((day, index) =>
            (history.length - 1 - index) % 7 === 0 ? (
              <text key={day.day} x={PAD.left + index * band + band / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill="#57534e">
                {day.day.slice(5)}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <figcaption className="mt-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label="Legend">
          {SERIES.map(({ status, fill }) => (
            <li key={status} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: fill }} />
              {STATUS_LABELS[status]}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-accent">The numbers, day by day</summary>
        <div className="mt-2 max-h-72 overflow-auto rounded-md border border-stone-200">
          <table className="w-full text-sm tabular-nums">
            <caption className="sr-only">Claims by status at the end of each day (UTC)</caption>
            <thead className="sticky top-0 bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Day
                </th>
                {SERIES.map(({ status }) => (
                  <th key={status} scope="col" className="px-3 py-2 text-right font-medium">
                    {STATUS_LABELS[status]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {[...history].reverse().map((day) => (
                <tr key={day.day}>
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">
                    {day.day}
                  </th>
                  {SERIES.map(({ status }) => (
                    <td key={status} className="px-3 py-1.5 text-right">
                      {day.counts[status]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round numbers. */
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
