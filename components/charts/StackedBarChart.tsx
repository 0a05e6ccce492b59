"use client";

import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface StackedBarChartProps {
  labels: string[];
  series: { label: string; values: number[] }[];
  /** what the chart shows, read out instead of the drawing; the table beside it has the figures */
  summary: string;
}

// Light to dark GOV.UK blues: a higher level is a darker part of the bar.
const SHADES = ["#b1b4b6", "#5694ca", "#1d70b8", "#003078"];

/** Horizontal bars split into parts, one per series. Decorative for screen readers: its table twin carries the data. */
export default function StackedBarChart({ labels, series, summary }: StackedBarChartProps) {
  return (
    <div style={{ height: `${Math.max(240, labels.length * 44)}px` }}>
      <Bar
        role="img"
        aria-label={summary}
        data={{ labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: SHADES[i % SHADES.length] })) }}
        options={{
          indexAxis: "y",
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { labels: { color: "#0b0c0c" } } },
          scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: "#0b0c0c" } }, y: { stacked: true, ticks: { color: "#0b0c0c" } } },
        }}
      />
    </div>
  );
}
