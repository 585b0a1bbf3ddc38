// Draws the pivot table's values as a bar chart (chart.js, served by the site): one group of bars per row, one
// series per column, from the JSON in the figure's data-chart attribute (no inline script, for the content security
// policy); each bar is redrawn from the figure live.js receives for its unit, indicator and period, found from the
// JSON's grid (the dimensions on rows and columns), its rows' and columns' codes and the filter's.
(() => {
    "use strict";
    const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    let data = null;
    const draw = () => {
        const source = document.getElementById("pivot-chart");
        const canvas = document.getElementById("chart-pivot");
        if (!source || !canvas || !source.dataset.chart || !window.Chart) {
            return;
        }
        Chart.getChart(canvas)?.destroy();
        data = JSON.parse(source.dataset.chart);
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
        if (!chart || !data) {
            return;
        }
        const [rows, columns] = data.grid.split(" ");
        const keyOf = (row, column) => {
            const code = dimension => dimension === rows ? data.rows[row] : dimension === columns ? data.columns[column] : data.filter;
            return `${code("unit")}|${code("indicator")}|${code("period")}`;
        };
        const percents = new Map();
        for (const unit of event.detail.units) {
            for (const indicator of unit.indicators) {
                percents.set(`${unit.unit}|${indicator.code}|${event.detail.period}`, indicator.percent);
            }
        }
        let changed = false;
        chart.data.datasets.forEach((dataset, column) => {
            dataset.data.forEach((value, row) => {
                const key = keyOf(row, column);
                if (percents.has(key) && value !== percents.get(key)) {
                    dataset.data[row] = percents.get(key);
                    changed = true;
                }
            });
        });
        if (changed) {
            chart.update();
        }
    };
    draw();
    document.addEventListener("live:figures", redraw);
})();
