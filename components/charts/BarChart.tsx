"use client";

import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartProps {
  labels: string[];
  values: number[];
  /** what the chart shows, read out instead of the drawing; the table beside it has the figures */
  summary: string;
  /** what a bar counts, shown in its tooltip */
  datasetLabel?: string;
  /** a fixed end of the scale (100 for percentages), so bars of different charts compare */
  max?: number;
  /** after each figure on the scale, such as "%" */
  unit?: string;
}

/** A horizontal bar chart in GOV.UK blue. Decorative for screen readers: its table twin carries the data. */
export default function BarChart({ labels, values, summary, datasetLabel = "APIs", max, unit = "" }: BarChartProps) {
  return (
    <div style={{ height: `${Math.max(240, labels.length * 22)}px` }}>
      <Bar
        role="img"
        aria-label={summary}
        data={{ labels, datasets: [{ label: datasetLabel, data: values, backgroundColor: "#1d70b8" }] }}
        options={{
          indexAxis: "y",
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: {
            x: { beginAtZero: true, max, ticks: { precision: 0, color: "#0b0c0c", callback: (value) => `${value}${unit}` } },
            y: { ticks: { color: "#0b0c0c", autoSkip: false } },
          },
        }}
      />
    </div>
  );
}
