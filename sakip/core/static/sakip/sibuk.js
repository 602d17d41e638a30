// Long work shows that it runs and when it is done (no inline handlers: the CSP forbids them).
// - <a data-sibuk="LKjIP (Word)"> a download that takes seconds: a status line appears at once; the link gets a
//   one-time token, the server answers the file with the cookie sakip_unduh=<token> (sakip.core.sibuk), and the
//   line says "selesai" when that cookie arrives.
// - <form data-sibuk="Memeriksa berkas"> a slow submission (imports, publishing): the buttons are disabled and
//   the line stays until the next page replaces this one.
(function () {
  function baris() {
    var el = document.getElementById("sibuk");
    if (!el) {
      el = document.createElement("div");
      el.id = "sibuk";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      document.body.appendChild(el);
    }
    return el;
  }
  function tampil(teks, selesai) {
    var el = baris();
    el.textContent = teks;
    el.className = selesai ? "selesai" : "berjalan";
    el.hidden = false;
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a[data-sibuk]");
    if (!a || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) return;
    var token = String(Date.now()) + String(Math.random()).slice(2, 8);
    var url = new URL(a.href, window.location.href);
    url.searchParams.set("unduh_token", token);
    a.href = url.toString();
    var label = a.getAttribute("data-sibuk") || a.textContent.trim();
    tampil("Sedang membuat " + label + "… biasanya beberapa detik; unduhan mulai sendiri.", false);
    var mulai = Date.now();
    var tunggu = setInterval(function () {
      if (document.cookie.indexOf("sakip_unduh=" + token) !== -1) {
        clearInterval(tunggu);
        tampil(label + " selesai dibuat dan diunduh.", true);
        setTimeout(function () { baris().hidden = true; }, 4000);
      } else if (Date.now() - mulai > 180000) {
        clearInterval(tunggu);
        baris().hidden = true;
      }
    }, 250);
  });
  // An htmx save the server refused without a page to show (a restore running, a lost connection): say so, in
  // place of a silent nothing. Validation errors come back as the row itself and are shown there.
  var GALAT = {
    403: "Anda tidak berwenang melakukan ini; isian belum tersimpan.",
    429: "Terlalu banyak permintaan; tunggu sebentar lalu coba lagi. Isian belum tersimpan.",
    503: "sakip sedang dipulihkan dari cadangan; isian ini belum tersimpan. Coba lagi beberapa menit lagi."
  };
  function gagal(teks) {
    tampil(teks, false);
    baris().className = "gagal";
  }
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    gagal(GALAT[status] || ("Isian belum tersimpan (galat " + status + "); muat ulang halaman lalu coba lagi."));
  });
  document.addEventListener("htmx:sendError", function () {
    gagal("Tidak terhubung ke server; isian belum tersimpan. Periksa jaringan lalu coba lagi.");
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-sibuk]") || event.defaultPrevented) return;
    tampil((form.getAttribute("data-sibuk") || "Sedang memproses") + "… jangan tutup halaman ini.", false);
    setTimeout(function () {  // after the browser has taken the submitter's name and value
      form.querySelectorAll("button, input[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });
})();
