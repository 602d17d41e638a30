// Charts of the PD dashboard with Chart.js (served from sakip's own static files). The figures are
// also in the tables of the page: a chart is a reading aid, the page works without it. Series differ
// by dash pattern and point shape as well as colour, so they survive grey-scale printing.
(function () {
  "use strict";
  function start() {
    var node = document.getElementById("data-grafik");
    if (!node || typeof Chart === "undefined") return;
    var data = JSON.parse(node.textContent);
    var angka = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
    var warna = ["#1b4f8a", "#b3541e", "#2e7d32", "#6a1b9a", "#5d4037", "#00838f"];
    var garis = [[], [6, 3], [2, 2], [10, 4, 2, 4], [4, 4], [1, 3]];
    var titik = ["circle", "rect", "triangle", "rectRot", "star", "crossRot"];
    var persen = { ticks: { callback: function (v) { return angka.format(v) + "%"; } }, beginAtZero: true };
    var tooltip = { callbacks: { label: function (c) { return c.dataset.label + ": " + (c.parsed.y === null ? "-" : angka.format(c.parsed.y) + "%"); } } };
    Chart.defaults.font.size = 13;
    Chart.defaults.maintainAspectRatio = false;
    var jalur = document.querySelector("[data-grafik=jalur]");
    if (jalur) {
      new Chart(jalur, {
        type: "line",
        data: { labels: data.triwulan, datasets: data.jalur.map(function (s, i) {
          return { label: s.nama, data: s.nilai, borderColor: warna[i % 6], backgroundColor: warna[i % 6],
                   borderDash: garis[i % 6], pointStyle: titik[i % 6], pointRadius: 5, spanGaps: true };
        }) },
        options: { scales: { y: persen }, plugins: { tooltip: tooltip, legend: { position: "bottom" } } }
      });
    }
    var program = document.querySelector("[data-grafik=program]");
    if (program) {
      new Chart(program, {
        type: "bar",
        data: { labels: data.program.map(function (p) { return p.nama.length > 40 ? p.nama.slice(0, 38) + "…" : p.nama; }),
                datasets: [
                  { label: "Serapan", data: data.program.map(function (p) { return p.serapan; }), backgroundColor: "#1b4f8a" },
                  { label: "Rencana", data: data.program.map(function (p) { return p.rencana; }), backgroundColor: "#c9d3de",
                    borderColor: "#1d2733", borderWidth: 1 }
                ] },
        options: { indexAxis: "y", scales: { x: persen }, plugins: { tooltip: tooltip, legend: { position: "bottom" } } }
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
