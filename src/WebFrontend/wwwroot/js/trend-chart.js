// Draws an indicator by quarter against its target trajectory (chart.js, served by the site) from the JSON in the
// figure's data-chart attribute (no inline script, for the content security policy); the table below it holds the
// same figures for screen readers and printing.
(() => {
    "use strict";
    const source = document.getElementById("quarter-trend-chart");
    if (!source || !source.dataset.chart || !window.Chart) {
        return;
    }
    const data = JSON.parse(source.dataset.chart);
    const css = getComputedStyle(document.documentElement);
    const colour = name => css.getPropertyValue("--" + name).trim();
    const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    Chart.defaults.animation = false;

    new Chart(document.getElementById("chart-quarters"), {
        type: "line",
        data: {
            labels: data.quarters,
            datasets: [
                { label: "Mục tiêu / Target", data: data.targets, borderColor: colour("muted"), borderDash: [6, 4], pointRadius: 0 },
                // The unit's own line stands out; the districts' lines (province view) take chart.js's palette.
                ...data.lines.map((line, i) => i === 0
                    ? { label: line.name, data: line.values, borderColor: colour("brand"), backgroundColor: colour("brand"), borderWidth: 3, spanGaps: true }
                    : { label: line.name, data: line.values, borderWidth: 1, pointRadius: 1, spanGaps: true }),
            ],
        },
        options: {
            scales: { y: { min: 0, max: 100, ticks: { callback: v => v + " %" } } },
            plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${c.parsed.y === null ? "—" : vi.format(c.parsed.y)}` } } },
        },
    });
})();
