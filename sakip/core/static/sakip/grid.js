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
  // Each table scrolls in its box (.gulir-grid) under a sticky header row and name column: a focused cell is
  // kept clear of both, and the box itself (with its horizontal scrollbar) is brought whole into the window.
  function tetap(box) {
    var table = box.querySelector("table"), th = table && table.querySelector("thead th"),
        first = table && table.querySelector("tbody td:first-child");
    return { th: th, first: first, atas: th ? th.offsetHeight : 0, kiri: first ? first.offsetWidth : 0 };
  }
  function ukur() {
    Array.prototype.forEach.call(document.querySelectorAll(".gulir-grid"), function (box) {
      var t = tetap(box);
      box.style.setProperty("--tetap-atas", t.atas + 4 + "px");
      box.style.setProperty("--tetap-kiri", t.kiri + 4 + "px");
    });
  }
  // The least scroll that brings the span [lo, hi] into [min, max]; a span wider than that shows its start.
  function geser(lo, hi, min, max) {
    if (lo < min - 1 || hi - lo > max - min) return lo - min;
    if (hi > max + 1) return hi - max;
    return 0;
  }
  function tampakkan(el) {
    var box = el.closest && el.closest(".gulir-grid");
    if (!box) return;
    var b = box.getBoundingClientRect(), tinggi = document.documentElement.clientHeight;
    if (b.height <= tinggi && (b.top < 0 || b.bottom > tinggi)) { window.scrollBy(0, b.top < 0 ? b.top : b.bottom - tinggi); b = box.getBoundingClientRect(); }
    var cell = el.closest("td, th"), t = tetap(box);
    if (!cell || !t.first || cell.closest("thead")) return;
    // The sticky cells' own rectangles: where they are stuck now.
    var kiri = t.first.getBoundingClientRect().right, atas = t.th.getBoundingClientRect().bottom;
    var kanan = b.left + box.clientLeft + box.clientWidth, bawah = b.top + box.clientTop + box.clientHeight;
    var c = cell.getBoundingClientRect();
    if (cell !== cell.parentElement.firstElementChild) box.scrollLeft += geser(c.left, c.right, kiri, kanan);
    box.scrollTop += geser(c.top, c.bottom, atas, bawah);
  }
  document.addEventListener("focusin", function (event) {
    var el = event.target;
    tampakkan(el);
    window.requestAnimationFrame(function () { if (document.activeElement === el) tampakkan(el); });
  });
  document.addEventListener("DOMContentLoaded", ukur);
  window.addEventListener("resize", ukur);
  // A redrawn row (an error shown or cleared) may move the focused cell: keep it in view.
  document.addEventListener("htmx:afterSettle", function () { ukur(); if (document.activeElement) tampakkan(document.activeElement); });
  // After htmx redraws a row, keep the cursor where the user went next.
  document.addEventListener("htmx:beforeSwap", function () { window.__sakipFocus = document.activeElement && document.activeElement.getAttribute("aria-label"); });
  document.addEventListener("htmx:afterSwap", function () {
    var label = window.__sakipFocus;
    if (!label) return;
    var el = document.querySelector('input.isian[aria-label="' + label.replace(/"/g, '\\"') + '"]');
    if (el && document.activeElement !== el) { el.focus(); }
  });
})();
