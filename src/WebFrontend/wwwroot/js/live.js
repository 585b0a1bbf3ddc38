// Live scorecards: joins the page's SignalR group, fetches the page again when told its figures changed and swaps
// the tables marked data-live in place (no reload); shows the connection state and reconnects by itself.
(() => {
    "use strict";
    const main = document.querySelector("main[data-live-group]");
    const badge = document.getElementById("live-status");
    if (!main || !badge || !window.signalR) {
        return;
    }

    const group = main.dataset.liveGroup;
    const shownVersion = () => {
        const version = Number.parseInt(main.dataset.liveVersion ?? "", 10);
        return Number.isNaN(version) ? null : version;
    };
    const show = state => {
        badge.dataset.state = state;
        badge.textContent = badge.dataset[state];
    };

    let refreshing = Promise.resolve();
    const refresh = () => {
        refreshing = refreshing.then(async () => {
            const response = await fetch(location.href, { cache: "no-store", headers: { Accept: "text/html" } });
            if (!response.ok) {
                return;
            }
            const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
            for (const current of document.querySelectorAll("[data-live][id]")) {
                const replacement = fresh.getElementById(current.id);
                if (replacement) {
                    current.replaceWith(document.importNode(replacement, true));
                }
            }
            // Charts drawn from the swapped figures draw themselves again.
            document.dispatchEvent(new CustomEvent("live:updated"));
        }).catch(() => show("lost"));
        return refreshing;
    };

    const connection = new signalR.HubConnectionBuilder()
        .withUrl("/hubs/scorecards")
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: c => Math.min(500 * 2 ** c.previousRetryCount, 10000) })
        .build();
    connection.on("changed", refresh);
    connection.onreconnecting(() => show("lost"));
    connection.onreconnected(async () => {
        await connection.invoke("Watch", group, shownVersion());
        show("connected");
        await refresh();
    });
    connection.onclose(() => {
        show("lost");
        setTimeout(start, 2000);
    });

    async function start() {
        try {
            await connection.start();
            await connection.invoke("Watch", group, shownVersion());
            show("connected");
        } catch {
            show("lost");
            setTimeout(start, 2000);
        }
    }

    show("connecting");
    start();
})();
