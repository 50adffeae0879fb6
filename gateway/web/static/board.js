// The board's live parts and conveniences, no build step: one EventSource per page that asks
// for it (data-stream), new status-log rows put on top of the log table, counters refreshed in
// place; each list cell labelled with its column (the phone layout shows tables as lists);
// "select all" boxes; a case suggestion filled in with a click; the language list sent on
// change; keyboard shortcuts (g d/c/q/o/t/l to go, / to search).
document.addEventListener("DOMContentLoaded", () => {
  const label = (root) => {
    for (const table of root.querySelectorAll("table.list")) {
      const heads = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent.trim());
      for (const row of table.querySelectorAll("tbody tr")) {
        Array.from(row.children).forEach((td, i) => {
          if (heads[i] && !td.hasAttribute("colspan")) td.dataset.label = heads[i];
        });
      }
    }
  };
  label(document);
  document.body.addEventListener("htmx:afterSwap", (e) => label(e.target));

  document.addEventListener("change", (e) => {
    const el = e.target;
    if (el.matches("[data-autosubmit]")) {
      // back to this very address: htmx may have changed it (filters) since the page came
      const back = el.form.querySelector("input[name=back]");
      if (back) back.value = location.pathname + location.search;
      el.form.submit();
    }
    if (el.matches("[data-select-all]")) {
      for (const box of document.querySelectorAll(`input[name=id][form="${el.dataset.selectAll}"]`)) {
        box.checked = el.checked;
      }
    }
  });
  document.addEventListener("click", (e) => {
    const fill = e.target.closest("[data-fill-case]");
    if (fill) {
      const input = document.querySelector("form[data-release] input[name=case]");
      if (input) { input.value = fill.dataset.fillCase; input.focus(); }
    }
    const back = e.target.closest("[data-back]");
    if (back && history.length > 1) { e.preventDefault(); history.back(); }
  });

  let pending = "";
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || t.matches("input, textarea, select")) return;
    if (e.key === "/") {
      const box = document.querySelector("main [data-search]") || document.getElementById("nav-search");
      if (box) { e.preventDefault(); box.focus(); }
      return;
    }
    // in a list: j / k to the next / previous row, x to tick it, Enter opens it
    const rows = Array.from(document.querySelectorAll("table.list tbody tr")).filter((r) => r.querySelector("a"));
    if ((e.key === "j" || e.key === "k" || e.key === "x") && pending !== "g" && rows.length) {
      const at = rows.findIndex((r) => r.contains(document.activeElement));
      if (e.key === "x") {
        const box = at >= 0 && rows[at].querySelector("input[type=checkbox][name=id]");
        if (box) { e.preventDefault(); box.checked = !box.checked; }
        return;
      }
      const next = e.key === "j" ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1);
      const link = rows[next].querySelector("td a");
      if (link) { e.preventDefault(); link.focus(); rows.forEach((r) => r.classList.remove("current")); rows[next].classList.add("current"); }
      return;
    }
    if (pending === "g") {
      const link = document.querySelector(`nav a[data-key="${e.key}"]`);
      pending = "";
      if (link) { e.preventDefault(); window.location.href = link.href; }
      return;
    }
    if (e.key === "g") pending = "g";
  });

  const host = document.querySelector("[data-stream]");
  if (!host || !window.EventSource) return;
  const source = new EventSource(host.dataset.stream);
  source.addEventListener("log", (e) => {
    const rows = document.getElementById("log-rows");
    if (!rows) return;
    const t = document.createElement("tbody");
    t.innerHTML = e.data;
    for (const row of Array.from(t.children).reverse()) rows.prepend(row);
    label(document);
  });
  source.addEventListener("counters", (e) => {
    const numbers = JSON.parse(e.data);
    for (const el of document.querySelectorAll("[data-counter]")) {
      const v = numbers[el.dataset.counter];
      if (v !== undefined) el.textContent = el.classList.contains("badge") && !v ? "" : v;
    }
  });
});
