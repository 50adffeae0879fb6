// No inline script anywhere (the Content-Security-Policy forbids it): a select marked
// data-autosubmit sends its form when changed; a link marked data-back goes back a page.
document.addEventListener("change", (e) => {
  if (e.target.matches && e.target.matches("select[data-autosubmit]")) e.target.form.submit();
});
document.addEventListener("click", (e) => {
  const back = e.target.closest && e.target.closest("a[data-back]");
  if (back && window.history.length > 1) { e.preventDefault(); window.history.back(); }
});
// The board's live parts: one EventSource per page that asks for it (data-stream), new
// status-log rows put on top of the log table, counters refreshed in place.  No build step.
document.addEventListener("DOMContentLoaded", () => {
  const host = document.querySelector("[data-stream]");
  if (!host || !window.EventSource) return;
  const source = new EventSource(host.dataset.stream);
  source.addEventListener("log", (e) => {
    const rows = document.getElementById("log-rows");
    if (!rows) return;
    const t = document.createElement("tbody");
    t.innerHTML = e.data;
    for (const row of Array.from(t.children).reverse()) rows.prepend(row);
  });
  source.addEventListener("counters", (e) => {
    const numbers = JSON.parse(e.data);
    for (const el of document.querySelectorAll("[data-counter]")) {
      const v = numbers[el.dataset.counter];
      if (v !== undefined) el.textContent = v;
    }
  });
});
