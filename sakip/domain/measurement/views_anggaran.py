"""The pagu of a PD-year (every sub kegiatan and lokasi, APBD and APBD-P) and the explicit annual realisations.

Readers of the PD see both pages; its operator (right ``isi``) changes them while the year is open.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from sakip.core.galat import Ditolak
from sakip.core.scoping import perlu
from sakip.domain.measurement import services_anggaran as services
from sakip.domain.measurement.forms_anggaran import AWAL, PaguForm, TahunanForm
from sakip.domain.measurement.models import ROMAWI
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.workflow.services import pastikan_terbuka
from sakip.rumus.peran import LIHAT


def _pesan(check, *args) -> str:
    """Why the data cannot be changed now ("" when they can)."""
    try:
        check(*args)
    except ValidationError as exc:
        return " ".join(exc.messages)
    return ""


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def anggaran(request, slug: str, tahun: int):
    scope = request.scope
    pd = get_pd(scope, slug)
    menulis = scope.writes_for(pd)
    if request.method == "POST" and not menulis:
        raise Ditolak("Anda tidak berwenang mengubah pagu perangkat daerah ini.")
    layar = services.layar_anggaran(scope, pd, tahun)
    kunci_tw = services.triwulan_terkunci(pd.pk, tahun)
    terkunci = ("Pengukuran keempat triwulan sudah diajukan atau disetujui; pagu tahun ini tidak dapat diubah lagi."
                if len(kunci_tw) == 4 else "")
    form = PaguForm(request.POST if request.method == "POST" else None, layar=layar)
    if request.method == "POST" and form.is_valid():
        try:
            jumlah = services.simpan_pagu(scope, pd=pd, tahun=tahun, isian=form.isian(),
                                          apbdp_mulai=form.cleaned_data["apbdp_mulai"])
        except ValidationError as exc:
            form.tampilkan(exc)
        else:
            messages.success(request, f"Pagu disimpan ({jumlah} baris anggaran berubah)." if jumlah
                             else "Tidak ada pagu yang berubah.")
            return redirect("measurement:anggaran", slug=slug, tahun=tahun)
    return render(request, "measurement/anggaran.html", {
        "layar": layar, "pd": pd, "tahun": tahun, "form": form, "awal": AWAL, "terkunci": terkunci,
        "bisa_ubah": menulis and not terkunci, "romawi": list(ROMAWI.values()),
        "kunci_tw": [ROMAWI[q] for q in kunci_tw] if len(kunci_tw) < 4 else [],
    })


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def realisasi_tahunan(request, slug: str, tahun: int):
    scope = request.scope
    pd = get_pd(scope, slug)
    menulis = scope.writes_for(pd)
    if request.method == "POST" and not menulis:
        raise Ditolak("Anda tidak berwenang mengubah realisasi perangkat daerah ini.")
    layar = services.layar_tahunan(scope, pd, tahun)
    terkunci = _pesan(pastikan_terbuka, pd.pk, "pengukuran", tahun, 4)
    form = TahunanForm(request.POST if request.method == "POST" else None, layar=layar)
    if request.method == "POST" and form.is_valid():
        try:
            jumlah = services.simpan_realisasi_tahunan(scope, pd=pd, tahun=tahun, isian=form.isian())
        except ValidationError as exc:
            form.tampilkan(exc)
        else:
            messages.success(request, f"Realisasi tahunan disimpan ({jumlah} indikator berubah)." if jumlah
                             else "Tidak ada realisasi tahunan yang berubah.")
            return redirect("measurement:realisasi_tahunan", slug=slug, tahun=tahun)
    return render(request, "measurement/anggaran_realisasi_tahunan.html", {
        "layar": layar, "pd": pd, "tahun": tahun, "form": form, "awal": AWAL, "terkunci": terkunci,
        "bisa_ubah": menulis and not terkunci,
    })
