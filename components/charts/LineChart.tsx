"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, LineElement, PointElement, Legend, Tooltip);

export interface LineChartProps {
  labels: string[];
  series: { label: string; values: number[] }[];
  /** what the chart shows, read out instead of the drawing; the table beside it has the figures */
  summary: string;
  /** the top of the scale, so charts compare */
  max: number;
}

// GOV.UK colours that tell lines apart; each line also has its own point style for those who cannot tell the colours.
const COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738"];
const POINTS = ["circle", "rect", "triangle", "rectRot", "crossRot"] as const;

/** Lines over time (a step per change). Decorative for screen readers: its table twin carries the data. */
export default function LineChart({ labels, series, summary, max }: LineChartProps) {
  return (
    <div style={{ height: "280px" }}>
      <Line
        role="img"
        aria-label={summary}
        data={{
          labels,
          datasets: series.map((s, i) => ({ label: s.label, data: s.values, borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], pointStyle: POINTS[i % POINTS.length], pointRadius: 5, stepped: true })),
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { labels: { color: "#0b0c0c", usePointStyle: true } } },
          scales: { y: { min: 0, max, ticks: { stepSize: 1, color: "#0b0c0c" } }, x: { ticks: { color: "#0b0c0c" } } },
        }}
      />
    </div>
  );
}
