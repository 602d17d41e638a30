// A <select data-kirim-otomatis> submits its form when changed (no inline handlers: the CSP forbids them).
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-kirim-otomatis]")) event.target.form.requestSubmit();
});
