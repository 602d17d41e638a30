"""The public questionnaire (no login) and the results page of a survey period."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.scoping import Scope
from sakip.reporting.berkas import as_json_bytes
from sakip.reporting.iku import DokumenTidakDitemukan
from sakip.survey import services
from sakip.survey.hasil import build_skm
from sakip.survey.models import Pertanyaan, Respons


def _unit(slug: str):
    try:
        return services.unit_publik(slug)
    except services.UnitTidakDitemukan as exc:
        raise Http404(str(exc)) from exc


def _alamat(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def isi(request, unit: str):
    """The questionnaire of one service unit, readable on a cheap phone."""
    u = _unit(unit)
    errors, status = {}, 200
    if request.method == "POST":
        try:
            hasil = services.kirim(unit=u, data=request.POST, alamat=_alamat(request))
        except ValidationError as exc:
            errors, status = exc.message_dict, 400
        else:
            if hasil.diterima:
                request.session["skm_pesan"] = hasil.pesan
                return redirect("survey:terima_kasih", unit=u.slug)
            errors, status = {"umum": [hasil.pesan]}, 429 if "Terlalu banyak" in hasil.pesan else 403
    periode = services.periode_berjalan(u)
    context = {
        "unit": u, "periode": periode, "token": services.buat_token(u), "errors": errors, "isian": request.POST,
        "pertanyaan": list(Pertanyaan.objects.filter(pd_id=u.pd_id).order_by("urutan")),
        "layanan": list(u.layanan.all()), "profil": _profil_choices(),
    }
    return render(request, "survey/isi.html", context, status=status)


def _profil_choices():
    return [("jenis_kelamin", "Jenis kelamin", Respons.JenisKelamin.choices),
            ("usia", "Usia", Respons.Usia.choices),
            ("pendidikan", "Pendidikan terakhir", Respons.Pendidikan.choices),
            ("pekerjaan", "Pekerjaan utama", Respons.Pekerjaan.choices)]


@require_GET
def terima_kasih(request, unit: str):
    u = _unit(unit)
    pesan = request.session.pop("skm_pesan", "Terima kasih atas partisipasi Anda.")
    return render(request, "survey/terima_kasih.html", {"unit": u, "pesan": pesan})


@login_required
@require_GET
def hasil(request, slug: str, periode: str):
    try:
        h = build_skm(Scope.for_user(request.user), slug, periode)
    except DokumenTidakDitemukan as exc:
        raise Http404(str(exc)) from exc
    if request.GET.get("format") == "json":
        from django.http import HttpResponse

        return HttpResponse(as_json_bytes(h.as_json()), content_type="application/json")
    return render(request, "survey/hasil.html", {"h": h})
