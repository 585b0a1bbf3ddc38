// Draws the pivot table's values as a bar chart (chart.js, served by the site): one group of bars per row, one
// series per column, from the JSON in the figure's data-chart attribute (no inline script, for the content security
// policy); drawn again when live.js swaps the table in place.
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
    draw();
    document.addEventListener("live:updated", draw);
})();
