// Spreadsheet-like keys for the quarterly grid: Enter / ArrowDown / ArrowUp move within a column,
// and every cell is checked as it is typed (Indonesian numbers: 1.234.567,89).
(function () {
  var PATTERN = /^\s*(Rp\s*)?-?\d{1,3}(\.\d{3})*(,\d+)?\s*%?\s*$|^\s*-?\d+(,\d+)?\s*%?\s*$|^\s*-?\s*$/;
  function inputs(column) {
    return Array.prototype.slice.call(document.querySelectorAll('input.isian[data-kolom="' + column + '"]'));
  }
  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if (!el.classList || !el.classList.contains("isian")) return;
    var step = event.key === "ArrowDown" || event.key === "Enter" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    var column = inputs(el.dataset.kolom);
    var next = column[column.indexOf(el) + step];
    el.dispatchEvent(new Event("change", { bubbles: true }));
    if (next) { next.focus(); next.select(); }
  });
  document.addEventListener("input", function (event) {
    var el = event.target;
    if (!el.classList || !el.classList.contains("isian")) return;
    var ok = PATTERN.test(el.value);
    el.classList.toggle("salah", !ok);
    el.setAttribute("aria-invalid", ok ? "false" : "true");
    el.title = ok ? "" : "Gunakan angka dengan koma desimal, misalnya 85,71 atau 1.234.567";
  });
  // After htmx redraws a row, keep the cursor where the user went next.
  document.addEventListener("htmx:beforeSwap", function () { window.__sakipFocus = document.activeElement && document.activeElement.getAttribute("aria-label"); });
  document.addEventListener("htmx:afterSwap", function () {
    var label = window.__sakipFocus;
    if (!label) return;
    var el = document.querySelector('input.isian[aria-label="' + label.replace(/"/g, '\\"') + '"]');
    if (el && document.activeElement !== el) { el.focus(); }
  });
})();
