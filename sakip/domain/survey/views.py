"""The public questionnaire (no login) and the results page of a survey period."""

from __future__ import annotations

import base64
from functools import lru_cache, partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import get_script_prefix, reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.batas import batas_publik
from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import CHANGE, Scope, perlu
from sakip.documents.berkas import unduhan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.survey import forms, impor, selectors, services
from sakip.domain.survey.cek import periksa
from sakip.domain.survey.dokumen import LAPORAN_SKM, build_skm
from sakip.domain.survey.forms import DokumentasiForm, FkpForm, LaporanForm, rtl_formset
from sakip.domain.survey.models import ForumKonsultasiPublik, PeriodeSurvei, Pertanyaan, Respons, UnitLayanan
from sakip.rumus.peran import ISI, LIHAT, SKM


def _unit(slug: str):
    return selectors.unit_publik(slug)


@lru_cache(maxsize=1024)
def _terima_kasih(prefix: str, slug: str) -> str:
    """The thank-you page's URL (reversed once per unit: ~35 µs of every answer, bench/skm.py)."""
    return reverse("survey:terima_kasih", kwargs={"unit": slug})


def _alamat(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


@batas_publik
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
            if hasil.diterima:  # no session: an anonymous answer leaves nothing behind but the answer
                url = _terima_kasih(get_script_prefix(), u.slug)
                # A URL, not redirect(): that tries it as a view name first (a failed reverse every answer).
                return HttpResponseRedirect(
                    f"{url}?ulang=1" if hasil.respons is None and "sebelumnya" in hasil.pesan else url)
            errors, status = {"umum": [hasil.pesan]}, 429 if hasil.pesan == services.TERLALU_BANYAK else 403
    periode = selectors.periode_berjalan(u)
    context = {
        "unit": u, "periode": periode, "token": forms.buat_token(u), "errors": errors, "isian": request.POST,
        "pertanyaan": list(Pertanyaan.objects.filter(pd_id=u.pd_id).order_by("urutan")),
        "layanan": list(u.layanan.all()), "profil": _profil_choices(),
    }
    return render(request, "survey/isi.html", context, status=status)


def _profil_choices():
    return [("jenis_kelamin", "Jenis kelamin", Respons.JenisKelamin.choices),
            ("usia", "Usia", Respons.Usia.choices),
            ("pendidikan", "Pendidikan terakhir", Respons.Pendidikan.choices),
            ("pekerjaan", "Pekerjaan utama", Respons.Pekerjaan.choices)]


@batas_publik
@require_GET
def terima_kasih(request, unit: str):
    u = _unit(unit)
    pesan = ("Jawaban Anda sudah kami terima sebelumnya. Terima kasih." if request.GET.get("ulang")
             else "Terima kasih, jawaban Anda sudah kami terima.")
    return render(request, "survey/terima_kasih.html", {"unit": u, "pesan": pesan})


@perlu(LIHAT)
@require_GET
def hasil(request, slug: str, periode: str):
    h = build_skm(request.scope, slug, periode)
    if request.GET.get("format") == "json":
        berkas = LAPORAN_SKM.berkas(h, "json")
        return HttpResponse(berkas.isi, content_type=berkas.content_type)
    scope = request.scope
    pd = get_pd(scope, slug)
    return render(request, "survey/hasil.html", {
        "h": h, "bisa_ubah": scope.writes_for(pd), "cek": periksa(h), "formats": LAPORAN_SKM.formats,
        "grafik": base64.b64encode(h.grafik_tren()).decode() if h.tren else "",
    })


@perlu(LIHAT)
@require_GET
def unduh(request, slug: str, periode: str, fmt: str):
    """The SKM report in Word, PDF or JSON for every role that reads the PD, marked DRAF until published."""
    if not LAPORAN_SKM.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    return unduhan(LAPORAN_SKM.berkas(build_skm(request.scope, slug, periode), fmt))


@perlu(SKM)
@require_http_methods(["GET", "POST"])
def entri(request, slug: str, periode: str):
    """Staff type in paper questionnaires, keyboard only; or upload an "Hasil Olah Data SKM" sheet."""
    scope = request.scope
    pd = get_pd(scope, slug)
    units = list(UnitLayanan.objects.within(scope, CHANGE).filter(pd=pd).order_by("urutan"))
    if not units:
        raise Http404("Tidak ada unit layanan yang dapat Anda isi.")
    chosen = next((u for u in units if str(u.pk) == (request.POST.get("unit") or request.GET.get("unit"))), units[0])
    errors, impor_hasil, status = {}, None, 200
    if request.method == "POST" and "berkas" in request.FILES:
        upload = request.FILES["berkas"]
        isi = upload.read(impor.MAX_UPLOAD + 1)
        impor_hasil = impor.impor_respons(scope, unit=chosen, kode_periode=periode, isi=isi,
                                             simpan=request.POST.get("simpan") == "1")
        if impor_hasil.disimpan:
            messages.success(request, " ".join((f"{impor_hasil.jumlah} kuesioner dari berkas disimpan untuk {chosen}.",
                                                *impor_hasil.catatan)))
            return redirect(f"{request.path}?unit={chosen.pk}")
        status = 400 if impor_hasil.kesalahan else 200
    elif request.method == "POST":
        try:
            services.catat_kertas(scope, unit=chosen, kode_periode=periode, data=request.POST)
        except ValidationError as exc:
            errors, status = exc.message_dict, 400
        else:
            messages.success(request, f"Kuesioner disimpan ({chosen}).")
            return redirect(f"{request.path}?unit={chosen.pk}")
    try:  # a closed or unknown period says so before anyone types a questionnaire into it
        services.periode_staf(scope, chosen, periode)
        tertutup: list[str] = []
    except ValidationError as exc:
        tertutup = exc.messages
    context = {
        "pd": pd, "periode": periode, "units": units, "unit": chosen, "errors": errors, "tertutup": tertutup,
        "isian": request.POST if errors else {}, "impor": impor_hasil, "profil": _profil_choices(),
        "pertanyaan": list(Pertanyaan.objects.within(scope).filter(pd=pd).order_by("urutan")),
        "jumlah": Respons.objects.within(scope).filter(periode__pd=pd, periode__kode=periode, unit=chosen).count(),
    }
    return render(request, "survey/entri.html", context, status=status)


@perlu(ISI)
@require_http_methods(["POST"])
def jadikan_iku(request, slug: str, periode: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    p = PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=periode).first()
    if p is None:
        raise Http404("Periode tidak ditemukan.")
    try:
        row = services.jadikan_realisasi_iku(scope, periode=p)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"IKM {row.teks} dicatat sebagai realisasi IKU triwulan {row.triwulan} {row.tahun}.")
    return redirect("survey:hasil", slug=slug, periode=periode)


@batas_publik
@require_GET
def poster(request, unit: str):
    """A printable A4 poster with the QR code of the unit's survey page."""
    import segno  # lazily: only this page draws a QR code

    u = _unit(unit)
    url = request.build_absolute_uri(reverse("survey:isi", kwargs={"unit": u.slug}))
    qr = segno.make(url, error="m").svg_inline(scale=8, dark="#000", light="#fff")
    return render(request, "survey/poster.html", {"unit": u, "url": url, "qr": qr})


@batas_publik
@cache_page(60)
@require_GET
def hasil_publik(request, unit: str):
    """Live results for the public: the IKM of the unit and of its PD in the open period (cached one minute)."""
    u = _unit(unit)
    periode = selectors.periode_berjalan(u)
    h = build_skm(Scope.system(), u.pd.slug, periode.kode) if periode else None
    mine = next((k for k in h.per_unit if k.nama == u.nama), None) if h else None
    return render(request, "survey/hasil_publik.html", {"unit": u, "periode": periode, "h": h, "unit_hasil": mine})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def tindak_lanjut(request, slug: str, periode: str):
    """The report's dates and analysis, the follow-up plan (RTL) and the FKP minutes of a period, saved together
    in one transaction. The three weakest unsur without an action yet are proposed as new RTL rows."""
    scope = request.scope
    pd = get_pd(scope, slug)
    p = PeriodeSurvei.objects.within(scope, CHANGE).filter(pd=pd, kode=periode).first()
    if p is None:
        raise Http404("Periode tidak ditemukan.")
    h = build_skm(scope, slug, periode)
    ada = set(p.rtl.values_list("unsur", flat=True))
    usul = [{"prioritas": i, "unsur": u.kode, "unsur_label": u.nama}
            for i, u in enumerate(h.terlemah, 1) if u.kode not in ada]
    fkp = ForumKonsultasiPublik.objects.filter(periode=p).first() or ForumKonsultasiPublik(periode=p)
    data = request.POST if request.method == "POST" else None
    laporan = LaporanForm(data, instance=p, prefix="laporan")
    rtl = rtl_formset(data, periode=p, usul=usul)
    fkp_form = FkpForm(data, instance=fkp, prefix="fkp")
    foto = DokumentasiForm(data, request.FILES if data is not None else None, periode=p, prefix="dok")
    forms_ok = [f.is_valid() for f in (laporan, rtl, fkp_form, foto)]  # every form checked, all errors shown
    if request.method == "POST" and all(forms_ok):
        with transaction.atomic():
            laporan.save()
            rtl.save()
            fkp_form.save()
            hapus = [int(x) for x in request.POST.getlist("dok-hapus") if x.isdigit()]
            for foto_lama in p.dokumentasi.filter(pk__in=hapus):
                foto_lama.delete()
                transaction.on_commit(partial(foto_lama.gambar.delete, save=False))  # the file once the row is gone
            foto.save()
        messages.success(request, "Tanggal laporan, rencana tindak lanjut, berita acara FKP dan dokumentasi disimpan.")
        return redirect("survey:hasil", slug=slug, periode=periode)
    return render(request, "survey/tindak_lanjut.html", {
        "pd": pd, "periode": p, "laporan": laporan, "rtl": rtl, "fkp": fkp_form, "h": h, "usul": usul,
        "foto": foto, "dokumentasi": list(p.dokumentasi.all()),
        "cek": [c for c in periksa(h) if c.kode.startswith("rtl")],
    }, status=400 if request.method == "POST" else 200)
