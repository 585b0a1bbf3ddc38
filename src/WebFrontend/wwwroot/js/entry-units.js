// Unit fields of the data-entry forms: the communes are grouped by district (<optgroup>), which works without
// scripts; with them, the district list above is shown and narrows the communes to the district chosen.
(() => {
    "use strict";
    for (const district of document.querySelectorAll("select[data-narrows]")) {
        const communes = document.getElementById(district.dataset.narrows);
        if (!communes) {
            continue;
        }

        const narrow = () => {
            for (const group of communes.querySelectorAll("optgroup")) {
                const shown = district.value === "" || group.dataset.district === district.value;
                group.hidden = !shown;
                group.disabled = !shown;
            }

            const chosen = communes.selectedOptions[0];
            if (chosen && chosen.parentElement.disabled) {
                communes.value = "";
            }
        };

        const chosen = communes.selectedOptions[0];
        if (chosen && chosen.parentElement.dataset.district) {
            district.value = chosen.parentElement.dataset.district;
        }

        district.closest(".unit-district").hidden = false;
        district.addEventListener("change", narrow);
        narrow();
    }
})();
