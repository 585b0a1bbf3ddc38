// Draws the pivot table's values as a bar chart (chart.js, served by the site): one group of bars per row, one
// series per column, from the JSON in the figure's data-chart attribute (no inline script, for the content security
// policy); each bar is redrawn from the figure live.js receives for its unit, indicator and period.
(() => {
    "use strict";
    const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const draw = () => {
        const source = document.getElementById("pivot-chart");
        const canvas = document.getElementById("chart-pivot");
        if (!source || !canvas || !source.dataset.chart || !window.Chart) {
            return;
        }
        Chart.getChart(canvas)?.destroy();
        const data = JSON.parse(source.dataset.chart);
        Chart.defaults.animation = false;
        new Chart(canvas, {
            type: "bar",
            data: { labels: data.labels, datasets: data.datasets },
            options: {
                scales: { y: { min: 0, max: 100, ticks: { callback: v => v + " %" } } },
                plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${c.parsed.y === null ? "—" : vi.format(c.parsed.y)}` } } },
            },
        });
    };
    const redraw = event => {
        const chart = Chart.getChart(document.getElementById("chart-pivot") ?? "");
        if (!chart) {
            return;
        }
        const percents = new Map();
        for (const unit of event.detail.units) {
            for (const indicator of unit.indicators) {
                percents.set(`${unit.unit}|${indicator.code}|${event.detail.period}`, indicator.percent);
            }
        }
        let changed = false;
        for (const dataset of chart.data.datasets) {
            dataset.keys.forEach((key, i) => {
                if (percents.has(key) && dataset.data[i] !== percents.get(key)) {
                    dataset.data[i] = percents.get(key);
                    changed = true;
                }
            });
        }
        if (changed) {
            chart.update();
        }
    };
    draw();
    document.addEventListener("live:figures", redraw);
})();
