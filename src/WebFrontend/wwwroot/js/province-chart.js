// Draws the province page's chart of the period's results against their targets (chart.js, served by the site) from
// the JSON in the figure's data-chart attribute, and redraws its bars from the province's figures live.js receives.
(() => {
    "use strict";
    if (!window.Chart) {
        return;
    }
    const css = getComputedStyle(document.documentElement);
    const colour = name => css.getPropertyValue("--" + name).trim();
    const statusColour = cls => colour(cls.replace("status-", "")) || colour("nodata");
    const number = new Intl.NumberFormat(document.documentElement.lang || "vi", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    Chart.defaults.animation = false;

    const draw = () => {
        const figure = document.getElementById("province-chart");
        const canvas = document.getElementById("chart-indicators");
        if (!figure || !canvas || !figure.dataset.chart || Chart.getChart(canvas)) {
            return;
        }
        const data = JSON.parse(figure.dataset.chart);
        new Chart(canvas, {
            data: {
                labels: data.indicators,
                datasets: [
                    { type: "bar", label: figure.dataset.result, data: data.values, backgroundColor: data.statuses.map(statusColour) },
                    { type: "line", label: figure.dataset.target, data: data.targets, borderColor: colour("ink"), backgroundColor: colour("ink"),
                      showLine: false, pointStyle: "line", pointRadius: 12, pointBorderWidth: 3 },
                ],
            },
            options: {
                scales: { y: { min: 0, max: 100, ticks: { callback: v => v + " %" } } },
                plugins: {
                    tooltip: {
                        callbacks: {
                            title: items => items.length ? `${data.indicators[items[0].dataIndex]} · ${data.names[items[0].dataIndex]}` : "",
                            label: c => `${c.dataset.label}: ${c.parsed.y === null ? "—" : number.format(c.parsed.y)}`,
                        },
                    },
                },
            },
        });
    };

    // A push of the province's figures for the period shown: each indicator's bar takes its new value and colour.
    const redraw = event => {
        const figure = document.getElementById("province-chart");
        const chart = Chart.getChart(document.getElementById("chart-indicators") ?? "");
        const unit = event.detail.units.find(u => u.unit === figure?.dataset.liveChartUnit);
        if (!chart || !unit || event.detail.period !== figure.dataset.liveChartPeriod) {
            return;
        }
        const data = JSON.parse(figure.dataset.chart);
        for (const indicator of unit.indicators) {
            const i = data.indicators.indexOf(indicator.code);
            if (i >= 0) {
                data.values[i] = indicator.percent;
                data.statuses[i] = indicator.status;
            }
        }
        figure.dataset.chart = JSON.stringify(data);
        chart.data.datasets[0].data = data.values;
        chart.data.datasets[0].backgroundColor = data.statuses.map(statusColour);
        chart.update();
    };

    draw();
    document.addEventListener("live:figures", redraw);
})();
