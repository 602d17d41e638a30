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
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-sibuk]") || event.defaultPrevented) return;
    tampil((form.getAttribute("data-sibuk") || "Sedang memproses") + "… jangan tutup halaman ini.", false);
    setTimeout(function () {  // after the browser has taken the submitter's name and value
      form.querySelectorAll("button, input[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });
})();
