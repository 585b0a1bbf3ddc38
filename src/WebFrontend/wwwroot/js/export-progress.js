// Exports on the reporting page: a click on an export link starts an export job through the API, shows its stage and
// percent in a <progress> element while the file is made, then downloads it. Without scripts (or if the job cannot
// be started) the links download the file directly.
(() => {
    "use strict";
    const area = document.getElementById("export-progress");
    const bar = document.getElementById("export-progress-bar");
    const stage = document.getElementById("export-stage");
    const file = document.getElementById("export-file");
    if (!area || !bar || !stage || !file) {
        return;
    }

    const english = document.documentElement.lang === "en";
    const json = { Accept: "application/json" };
    const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
    const problemText = problem => problem && (english ? problem.messageEn : problem.messageVi);

    const show = status => {
        bar.value = status.percent;
        stage.textContent = `${english ? status.stageEn : status.stageVi} ${status.percent}%`;
    };

    // Offers the direct link when the job cannot give the file.
    const fallBack = (link, message) => {
        stage.textContent = message || area.dataset.failed;
        file.href = link.href;
        file.hidden = false;
    };

    const run = async link => {
        area.hidden = false;
        file.hidden = true;
        bar.value = 0;
        stage.textContent = area.dataset.starting;
        const started = await fetch(link.dataset.exportJobs, {
            method: "POST",
            headers: { ...json, "Content-Type": "application/json" },
            body: JSON.stringify({ format: link.dataset.exportFormat }),
        });
        let status = await started.json();
        if (!started.ok) {
            fallBack(link, problemText(status));
            return;
        }
        while (status.stage !== "done" && status.stage !== "failed") {
            show(status);
            await pause(200);
            const asked = await fetch(status.statusUrl, { cache: "no-store", headers: json });
            const answer = await asked.json();
            if (!asked.ok) {
                fallBack(link, problemText(answer));
                return;
            }
            status = answer;
        }
        show(status);
        if (status.stage === "failed") {
            fallBack(link, problemText(status.error));
            return;
        }
        file.href = status.fileUrl;
        file.hidden = false;
        window.location.assign(status.fileUrl);
    };

    for (const link of document.querySelectorAll("a[data-export-jobs]")) {
        link.addEventListener("click", event => {
            event.preventDefault();
            run(link).catch(() => fallBack(link));
        });
    }
})();
