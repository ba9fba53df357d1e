import { useId } from 'react';

export interface BarDatum {
  key: string;
  label: string;
  /** The length of the bar; a withheld figure is drawn as 0 with its text ("<5"). */
  value: number;
  text: string;
}

const ROW = 46;

/**
 * A horizontal bar chart drawn as plain SVG: each row is its label with the bar and the figure under
 * it, so it reads at 360px as well as on a laptop. The SVG is one image named by the caption; each
 * bar has a tooltip title. Pages show the same figures in a table next to it for screen readers.
 */
export function BarChart({
  title,
  label,
  data,
}: {
  title: string;
  label: string;
  data: readonly BarDatum[];
}) {
  const captionId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure className="bar-chart">
      <figcaption id={captionId} className="bar-chart__caption">
        {title}
      </figcaption>
      <svg role="img" aria-label={label} width="100%" height={data.length * ROW} className="bar-chart__svg">
        {data.map((d, i) => {
          const share = (d.value / max) * 78;
          const y = i * ROW;
          return (
            <g key={d.key}>
              <title>{`${d.label}: ${d.text}`}</title>
              <text x="0" y={y + 16} className="bar-chart__label">
                {d.label}
              </text>
              <rect x="0" y={y + 22} width={`${share}%`} height="16" rx="2" className="bar-chart__bar" />
              <text x={`${share + 1.5}%`} y={y + 35} className="bar-chart__value">
                {d.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
