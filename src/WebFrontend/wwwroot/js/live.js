// Live scorecards: watches the units and periods the page shows (main's data-live-sources and data-live-periods) on the
// SignalR hub, which pushes their figures when they change, already formatted for this reader and language. Each
// pushed cell is written into the elements marked with its unit and indicator (data-live-unit, data-live-indicator,
// or data-live-output and data-live-key) and period (the closest data-live-period): data-live-text and the
// data-live-title / data-live-aria templates ({value}, {counts}, {numerator}, {denominator}, {label}), data-live-status
// (the status colour) and data-live-state (data-status). A table marked data-live-grid="<rows> <columns>" (the pivot)
// marks none of its cells: each is found by its row's data-key, its own data-key and the table's data-live-filter, for
// the dimensions unit, indicator and period, and written by the table's data-live-text. Nothing is fetched again.
// Shows the connection state and reconnects by itself, except when the hub refused what the page asked to watch (a
// HubException: too many units × periods, an unknown unit or period): asking again would be refused again, so the
// badge says the page is not live.
(() => {
    "use strict";
    const main = document.querySelector("main[data-live-sources]");
    const badge = document.getElementById("live-status");
    if (!main || !badge || !window.signalR) {
        return;
    }

    const words = text => (text ?? "").split(" ").filter(w => w.length > 0);
    const sources = words(main.dataset.liveSources);
    const periods = words(main.dataset.livePeriods);
    const language = main.dataset.liveLanguage || document.documentElement.lang || "vi";
    const show = (state, reason) => {
        badge.dataset.state = state;
        badge.textContent = badge.dataset[state];
        if (reason) {
            badge.title = reason;
        } else {
            badge.removeAttribute("title");
        }
    };
    // The hub's own refusal of the watch, in both languages ("… HubException: vi · en"), else null (a lost connection,
    // an unreachable cluster), which is worth asking again.
    const refusal = error => /HubException: (.*)$/s.exec(error?.message ?? "")?.[1] ?? null;
    const retry = error => {
        const refused = refusal(error);
        if (refused) {
            show("refused", refused);
            connection.stop();
            return;
        }
        show("lost");
        setTimeout(start, 2000);
    };

    // What to write into each marked element, by "unit|indicator|period" or "unit|output|key|period", found once.
    const cells = new Map();
    const add = (key, target) => (cells.get(key) ?? cells.set(key, []).get(key)).push(target);
    const targetOf = (element, text) => ({
        element,
        text,
        status: element.dataset.liveStatus !== undefined,
        state: element.dataset.liveState !== undefined,
        title: element.dataset.liveTitle,
        aria: element.dataset.liveAria,
    });
    for (const element of document.querySelectorAll("[data-live-unit]")) {
        const period = element.closest("[data-live-period]")?.dataset.livePeriod || periods[0];
        const what = element.dataset.liveIndicator ?? `${element.dataset.liveOutput}|${element.dataset.liveKey ?? ""}`;
        add(`${element.dataset.liveUnit}|${what}|${period}`, targetOf(element, element.dataset.liveText));
    }
    for (const table of document.querySelectorAll("table[data-live-grid]")) {
        const [rows, columns] = words(table.dataset.liveGrid);
        const text = table.dataset.liveText;
        for (const row of table.tBodies[0]?.rows ?? []) {
            for (const element of row.querySelectorAll("td[data-key]")) {
                const code = dimension => dimension === rows ? row.dataset.key : dimension === columns ? element.dataset.key : table.dataset.liveFilter;
                add(`${code("unit")}|${code("indicator")}|${code("period")}`, { ...targetOf(element, text), status: true });
            }
        }
    }

    const fill = (template, cell) => template.replace(/\{(\w+)\}/g, (all, name) => cell[name] ?? all);
    const write = (target, cell) => {
        const element = target.element;
        if (target.text !== undefined) {
            const value = fill(target.text, cell);
            if (element.textContent !== value) {
                element.textContent = value;
            }
        }
        if (target.status && cell.status) {
            for (const name of [...element.classList].filter(c => c.startsWith("status-"))) {
                element.classList.remove(name);
            }
            element.classList.add(cell.status);
        }
        if (target.state && cell.state) {
            element.dataset.status = cell.state;
        }
        if (target.title !== undefined) {
            element.setAttribute("title", fill(target.title, cell));
        }
        if (target.aria !== undefined) {
            element.setAttribute("aria-label", fill(target.aria, cell));
        }
    };

    const apply = figures => {
        for (const unit of figures.units) {
            for (const indicator of unit.indicators) {
                for (const target of cells.get(`${unit.unit}|${indicator.code}|${figures.period}`) ?? []) {
                    write(target, indicator);
                }
            }
            for (const output of unit.outputs) {
                for (const target of cells.get(`${unit.unit}|${output.code}|${output.key ?? ""}|${figures.period}`) ?? []) {
                    write(target, output);
                }
            }
        }
        // Charts drawn from these figures draw themselves again from the event's detail.
        document.dispatchEvent(new CustomEvent("live:figures", { detail: figures }));
    };

    const connection = new signalR.HubConnectionBuilder()
        .withUrl("/hubs/scorecards")
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: c => Math.min(500 * 2 ** c.previousRetryCount, 10000) })
        .build();
    connection.on("figures", apply);
    const watch = async () => {
        await connection.invoke("Watch", sources, periods, language);
        show("connected");
    };
    connection.onreconnecting(() => show("lost"));
    connection.onreconnected(() => watch().catch(retry));
    connection.onclose(() => {
        if (badge.dataset.state !== "refused") {
            show("lost");
            setTimeout(start, 2000);
        }
    });

    async function start() {
        try {
            // A watch refused while the cluster is unreachable is asked again on the connection already open.
            if (connection.state === signalR.HubConnectionState.Disconnected) {
                await connection.start();
            }
            await watch();
        } catch (error) {
            retry(error);
        }
    }

    show("connecting");
    start();
})();
