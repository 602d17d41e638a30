"""The PK of a PD-year: every version, what changed between two, the downloads; drafting the first version,
a new version, and correcting the latest one while the PK is open."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import perlu
from sakip.documents.berkas import unduhan
from sakip.domain.agreement import services
from sakip.domain.agreement.dokumen import PK, bandingkan, build_pk
from sakip.domain.agreement.forms import PkForm, apply_errors
from sakip.domain.agreement.models import PerjanjianKinerja, pastikan_pk_terbuka
from sakip.domain.agreement.selectors import DrafPk, draf_pk, pihak_pada, pk_ada, pk_terakhir
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.workflow.selectors import panel
from sakip.rumus.peran import ISI, LIHAT


def _nomor(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise TidakDitemukan("Versi tidak dikenal.") from exc


@perlu(LIHAT)
@require_GET
def pk(request, slug: str, tahun: int):
    scope = request.scope
    pd = get_pd(scope, slug)
    if not pk_ada(scope, pd, tahun):
        # No PK yet: the page says so and, to whoever drafts it, offers to (the inbox links its overdue PK here).
        return render(request, "agreement/pk_kosong.html", {"pd": pd, "tahun": tahun,
                                                             "bisa_buat": scope.writes_for(pd)})
    dok = build_pk(scope, slug, tahun)
    nomor = _nomor(request.GET.get("versi"), dok.versi[-1].nomor)
    v = dok.pilih(nomor).versi[0]
    dari = _nomor(request.GET.get("dari"), v.nomor - 1 if v.nomor > 1 else None)
    sebelumnya = next((x for x in dok.versi if x.nomor == dari), None)
    alur = panel(scope, pd, "pk", tahun, 0)
    return render(request, "agreement/pk.html", {
        "dok": dok, "v": v, "sebelumnya": sebelumnya, "alur": alur,
        "perubahan": bandingkan(sebelumnya, v) if sebelumnya else [],
        "formats": PK.formats,
        "bisa_ubah": scope.writes_for(pd) and alur.terbuka,
        "terakhir": dok.versi[-1],
    })


@perlu(LIHAT)
@require_GET
def pk_unduh(request, slug: str, tahun: int, fmt: str):
    if not PK.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    dok = build_pk(request.scope, slug, tahun)
    dok = dok.pilih(_nomor(request.GET.get("versi"), None))
    return unduhan(PK.berkas(dok, fmt))


# --- drafting ------------------------------------------------------------------------------------------------


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_buat(request, slug: str, tahun: int):
    """GET: the first version drafted from the Renstra targets of the year and the programs of the year (their
    budgets typed by the operator); POST: create it."""
    scope = request.scope
    pd = _pd_isi(request, slug)
    if pk_ada(scope, pd, tahun):
        messages.info(request, f"PK {tahun} sudah ada; perubahan dibuat sebagai versi baru.")
        return redirect("agreement:pk", slug=slug, tahun=tahun)
    draf = draf_pk(scope, pd, tahun)
    initial = {"tanggal": _tanggal_usulan(tahun, None), "tempat": pd.pemda.ibukota}
    return _form(request, pd, tahun, draf, initial=initial, versi_baru=False, judul=f"Buat PK {tahun}",
                 simpan=lambda isian: services.buat_pk(scope, pd=pd, tahun=tahun, isian=isian))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_versi_baru(request, slug: str, tahun: int):
    """A new version starting from the version in force (its targets and budgets copied), with its reason and
    date; the parties are looked up again on that date."""
    scope = request.scope
    pd = _pd_isi(request, slug)
    dasar = pk_terakhir(scope, pd, tahun)
    if dasar is None:
        return redirect("agreement:pk_buat", slug=slug, tahun=tahun)
    draf = draf_pk(scope, pd, tahun, dasar)
    initial = {"tanggal": _tanggal_usulan(tahun, dasar.tanggal), "tempat": dasar.tempat,
               "dasar_hukum": dasar.dasar_hukum, "pernyataan": dasar.pernyataan}
    return _form(request, pd, tahun, draf, initial=initial, versi_baru=True, sesudah=dasar,
                 judul=f"PK {tahun} versi {dasar.nomor + 1}",
                 simpan=lambda isian: services.buat_versi(scope, pd=pd, tahun=tahun, isian=isian))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_ubah(request, slug: str, tahun: int):
    """Correct the latest version while the PK is open (before submission, or after it was returned)."""
    scope = request.scope
    pd = _pd_isi(request, slug)
    terakhir = pk_terakhir(scope, pd, tahun)
    if terakhir is None:
        return redirect("agreement:pk_buat", slug=slug, tahun=tahun)
    draf = draf_pk(scope, pd, tahun, terakhir)
    initial = {"tanggal": terakhir.tanggal, "tempat": terakhir.tempat, "alasan": terakhir.alasan,
               "alasan_teks": terakhir.alasan_teks, "dasar_hukum": terakhir.dasar_hukum,
               "pernyataan": terakhir.pernyataan}
    return _form(request, pd, tahun, draf, initial=initial, versi_baru=terakhir.nomor > 1,
                 judul=f"Perbaiki PK {tahun} versi {terakhir.nomor}",
                 simpan=lambda isian: services.ubah_pk(scope, pk=terakhir, isian=isian))


def _pd_isi(request, slug: str) -> PerangkatDaerah:
    pd = get_pd(request.scope, slug)
    if not request.scope.writes_for(pd):
        raise Ditolak("Anda tidak berwenang menyusun Perjanjian Kinerja perangkat daerah ini.")
    return pd


def _form(request, pd: PerangkatDaerah, tahun: int, draf: DrafPk, *, initial: dict, versi_baru: bool, judul: str,
          simpan: Callable[[services.IsianPk], PerjanjianKinerja], sesudah: PerjanjianKinerja | None = None):
    """The PK form: ``pratinjau`` looks the parties up again on the typed date, ``simpan`` saves."""
    form = PkForm(request.POST if request.method == "POST" else None, draf=draf, versi_baru=versi_baru,
                  sesudah=sesudah, initial=initial)
    if request.method == "POST" and request.POST.get("simpan") and form.is_valid():
        try:
            pk = simpan(form.isian())
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"PK {tahun} versi {pk.nomor} disimpan.")
            return redirect(f"{reverse('agreement:pk', args=[pd.slug, tahun])}?versi={pk.nomor}")
    tanggal = form.tanggal_dipilih
    return render(request, "agreement/pk_form.html", {
        "form": form, "pd": pd, "tahun": tahun, "judul": judul, "draf": draf, "versi_baru": versi_baru,
        "pihak": pihak_pada(request.scope, pd, tanggal) if tanggal else None,
        "kunci": _kunci(pd, tahun),
    })


def _kunci(pd: PerangkatDaerah, tahun: int) -> str:
    """Why the PK cannot be changed now ("" when it can)."""
    try:
        pastikan_pk_terbuka(pd.pk, tahun)
    except ValidationError as exc:
        return " ".join(exc.messages)
    return ""


def _tanggal_usulan(tahun: int, sesudah: datetime.date | None) -> datetime.date:
    """The date a form proposes: today when it fits the PK's year (and comes after ``sesudah``), else the
    first working days of the year or the day after the previous version."""
    today = datetime.date.today()
    earliest = sesudah + datetime.timedelta(days=1) if sesudah else datetime.date(tahun - 1, 12, 1)
    if earliest <= today <= datetime.date(tahun, 12, 31):
        return today
    return earliest if sesudah else datetime.date(tahun, 1, 2)
