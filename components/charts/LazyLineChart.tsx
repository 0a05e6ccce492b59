"use client";

import dynamic from "next/dynamic";

/** Chart.js is only loaded on pages that draw a chart, and only in the browser. */
export const LazyLineChart = dynamic(() => import("./LineChart"), {
  ssr: false,
  loading: () => <p className="text-secondary-text">Loading the chart…</p>,
});
