// Paper questionnaire entry: typing 1–4 in an answer box moves to the next one; anything else is refused.
document.addEventListener("input", function (event) {
  var el = event.target;
  if (!el.classList || !el.classList.contains("jawaban")) return;
  el.value = el.value.replace(/[^1-4]/g, "").slice(0, 1);
  if (!el.value) return;
  var all = Array.prototype.slice.call(document.querySelectorAll("input.jawaban"));
  var next = all[all.indexOf(el) + 1] || document.getElementById("saran");
  if (next) next.focus();
});

// After a refused save the cursor goes to the first field named in an error; after a save (autofocus) to the
// first profile field, so the next questionnaire starts at its top, not at question 1.
document.addEventListener("DOMContentLoaded", function () {
  var salah = document.querySelector("form[data-entri-skm] [aria-invalid=true]");
  if (salah) salah.focus();
});
