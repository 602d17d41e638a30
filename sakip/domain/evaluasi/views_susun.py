"""The evaluator's screen of the pemda's LKE of a year: the worksheet (komponen, sub-komponen, criteria with their
bobot and skala), or, when the year has none, a form to create it from 88/2021 or a copy of another year; POST
``aksi`` changes it through :mod:`sakip.domain.evaluasi.susun` (which refuses every change once the worksheet has
been used to score)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import perlu
from sakip.domain.evaluasi import susun
from sakip.domain.evaluasi.models import Lke
from sakip.domain.evaluasi.selectors import get_kriteria
from sakip.domain.organisation.models import Pemda
from sakip.domain.organisation.selectors import get_pemda
from sakip.rumus import lke as rumus
from sakip.rumus.angka import kutip
from sakip.rumus.peran import EVALUASI

AKSI = ("buat", "skala", "bobot", "kriteria", "tambah", "hapus")
PREFIKS_BOBOT = "bobot-"


def _halaman(request, pemda: Pemda, tahun: int, galat: dict[str, list[str]] | None = None, status: int = 200):
    return render(request, "evaluasi/susun_lke.html", {
        "pemda": pemda, "tahun": tahun, "s": susun.susunan(request.scope, pemda, tahun),
        "skala": list(rumus.NAMA_SKALA.items()), "galat": galat or {},
        # what was typed, shown again beside its error
        "isian": request.POST if galat else {}, "tahun_lain": [tahun - 1, tahun + 1]}, status=status)


def _teks(request, nama: str, panjang: int = 100) -> str:
    return request.POST.get(nama, "")[:panjang]


def _lke(request, pemda: Pemda, tahun: int) -> Lke:
    lke = susun.susunan(request.scope, pemda, tahun).lke
    if lke is None:
        raise TidakDitemukan(f"LKE {pemda.nama} tahun {tahun} belum ada.")
    return lke


def _kriteria(request, lke: Lke):
    kode = _teks(request, "kode", 20)
    kriteria = get_kriteria(request.scope, lke, kode)
    if kriteria is None:
        raise TidakDitemukan(f"Kriteria {kutip(kode)} tidak ditemukan pada LKE tahun {lke.tahun}.")
    return kriteria


def _ubah(request, pemda: Pemda, tahun: int, aksi: str) -> tuple[str, str]:
    """Carry out one action; (message, anchor to return to)."""
    scope = request.scope
    if aksi == "buat":
        sumber = _teks(request, "sumber", 20)
        susun.buat_lke(scope, pemda=pemda, tahun=tahun, sumber=sumber)
        asal = "LKE PermenPANRB 88/2021" if sumber == susun.SUMBER_88 else f"salinan LKE tahun {sumber}"
        return f"LKE tahun {tahun} dibuat dari {asal}.", ""
    lke = _lke(request, pemda, tahun)
    if aksi == "skala":
        lke = susun.ubah_skala_lke(scope, lke, _teks(request, "skala", 20))
        return f"Seluruh kriteria LKE tahun {tahun} kini berskala {rumus.NAMA_SKALA[lke.skala]}.", "skala"
    if aksi == "bobot":
        bobot = {k[len(PREFIKS_BOBOT):]: v[:30] for k, v in request.POST.items() if k.startswith(PREFIKS_BOBOT)}
        susun.ubah_bobot(scope, lke, bobot)
        return f"Bobot LKE tahun {tahun} tersimpan.", "bobot"
    if aksi == "tambah":
        sub = susun.get_sub_komponen(scope, lke, _teks(request, "sub", 20))
        if sub is None:
            raise TidakDitemukan(f"Sub-komponen {kutip(_teks(request, 'sub', 20))} tidak ditemukan.")
        kriteria = susun.tambah_kriteria(scope, sub, kode=_teks(request, "kode", 20),
                                         uraian=_teks(request, "uraian", susun.URAIAN_MAKS + 1),
                                         skala=_teks(request, "skala", 20))
        return f"Kriteria {kriteria.kode} ditambahkan pada sub-komponen {sub.kode}.", f"k-{kriteria.kode}"
    kriteria = _kriteria(request, lke)
    if aksi == "hapus":
        susun.hapus_kriteria(scope, kriteria)
        return f"Kriteria {kriteria.kode} dihapus.", f"s-{kriteria.sub_komponen.kode}"
    # A field not posted stays as it is.
    susun.ubah_kriteria(scope, kriteria, uraian=_teks(request, "uraian", susun.URAIAN_MAKS + 1)
                        if "uraian" in request.POST else None,
                        skala=_teks(request, "skala", 20) if "skala" in request.POST else None)
    return f"Kriteria {kriteria.kode} tersimpan.", f"k-{kriteria.kode}"


def _kunci_galat(request, aksi: str) -> str:
    """The form an error of ``aksi`` is shown beside (the same keys as :func:`_ubah` returns)."""
    if aksi == "tambah":
        return f"tambah-{_teks(request, 'sub', 20)}"
    if aksi in ("kriteria", "hapus"):
        return f"k-{_teks(request, 'kode', 20)}"
    return aksi


@perlu(EVALUASI)
@require_http_methods(["GET", "POST"])
def susun_lke(request, pemda: str, tahun: int):
    """The pemda's LKE of ``tahun``; POST ``aksi`` (buat, skala, bobot, kriteria, tambah, hapus) changes it."""
    obj = get_pemda(request.scope, pemda)
    if request.method == "GET":
        return _halaman(request, obj, tahun)
    aksi = _teks(request, "aksi", 20)
    if aksi not in AKSI:
        raise ValidationError({"aksi": f"Tindakan {kutip(aksi)} tidak dikenal."})
    try:
        pesan, jangkar = _ubah(request, obj, tahun, aksi)
    except ValidationError as exc:
        return _halaman(request, obj, tahun, {_kunci_galat(request, aksi): exc.messages}, status=400)
    messages.success(request, pesan)
    url = reverse("evaluasi:susun_lke", args=[obj.slug, tahun])
    return redirect(url + (f"#{jangkar}" if jangkar else ""))
