// Draws the indicator page's charts (chart.js, served by the site) from the JSON in the charts' data-chart attribute
// (an attribute, not an inline script block, so the content security policy needs no exception).
(() => {
    "use strict";
    const source = document.getElementById("indicator-charts");
    if (!source || !source.dataset.chart || !window.Chart) {
        return;
    }
    const data = JSON.parse(source.dataset.chart);
    const css = getComputedStyle(document.documentElement);
    const colour = name => css.getPropertyValue("--" + name).trim();
    const statusColour = cls => colour(cls.replace("status-", "")) || colour("nodata");
    const percentAxis = { min: 0, max: 100, ticks: { callback: v => v + " %" } };
    const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const tooltip = { callbacks: { label: c => `${c.dataset.label}: ${c.parsed.y === null ? "—" : vi.format(c.parsed.y)}` } };
    Chart.defaults.animation = false;

    new Chart(document.getElementById("chart-districts"), {
        type: "bar",
        data: {
            labels: data.districts,
            datasets: [{ label: "%", data: data.districtValues, backgroundColor: data.districtColours.map(statusColour) }],
        },
        options: { scales: { y: percentAxis }, plugins: { legend: { display: false }, tooltip } },
    });

    new Chart(document.getElementById("chart-years"), {
        type: "line",
        data: {
            labels: data.years,
            datasets: [
                { label: source.dataset.result, data: data.yearValues, borderColor: colour("brand"), backgroundColor: colour("brand"), spanGaps: true },
                { label: source.dataset.target, data: data.yearTargets, borderColor: colour("muted"), borderDash: [6, 4], pointRadius: 0 },
            ],
        },
        options: { scales: { y: percentAxis }, plugins: { tooltip } },
    });
})();
