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
from sakip.domain.agreement.selectors import (
    DrafPk,
    JenjangPk,
    daftar_jenjang,
    draf_pk,
    draf_pk_jenjang,
    get_jenjang,
    jenjang_pk,
    pihak_jenjang,
    pihak_pada,
    pk_ada,
    pk_terakhir,
)
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.workflow.selectors import panel
from sakip.rumus.peran import ISI, LIHAT


def _nomor(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise TidakDitemukan("Versi tidak dikenal.") from exc


def _url(pd: PerangkatDaerah, tahun: int, jenjang: Jabatan | None) -> dict[str, str]:
    """The addresses of one PK's pages: the PD's (``jenjang`` None) or a post's PK berjenjang."""
    if jenjang is None:
        args: list = [pd.slug, tahun]
        names = {"pk": "pk", "buat": "pk_buat", "versi_baru": "pk_versi_baru", "ubah": "pk_ubah"}
    else:
        args = [pd.slug, tahun, jenjang.pk]
        names = {"pk": "pk_jenjang", "buat": "pk_jenjang_buat", "versi_baru": "pk_jenjang_versi_baru",
                 "ubah": "pk_jenjang_ubah"}
    url = {key: reverse(f"agreement:{name}", args=args) for key, name in names.items()}
    url["unduh"] = reverse("agreement:pk_jenjang_unduh" if jenjang else "agreement:pk_unduh", args=[*args, "FMT"])
    url["daftar_jenjang"] = reverse("agreement:pk_jenjang_daftar", args=[pd.slug, tahun])
    return url


@perlu(LIHAT)
@require_GET
def pk(request, slug: str, tahun: int, jabatan: int | None = None):
    scope = request.scope
    pd = get_pd(scope, slug)
    jenjang = get_jenjang(scope, pd, jabatan) if jabatan is not None else None
    url = _url(pd, tahun, jenjang)
    if not pk_ada(scope, pd, tahun, jenjang):
        # No PK yet: the page says so and, to whoever drafts it, offers to (the inbox links its overdue PK here).
        return render(request, "agreement/pk_kosong.html", {"pd": pd, "tahun": tahun, "jenjang": jenjang,
                                                             "url": url, "bisa_buat": scope.writes_for(pd)})
    dok = build_pk(scope, slug, tahun, jenjang.pk if jenjang else None)
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
        "terakhir": dok.versi[-1], "jenjang": jenjang, "url": url,
        "unduhan": [(f, url["unduh"].replace("FMT", f.kode)) for f in PK.formats],
        "unduh_pdf": url["unduh"].replace("FMT", "pdf"),
    })


@perlu(LIHAT)
@require_GET
def pk_jenjang_daftar(request, slug: str, tahun: int):
    """The PK berjenjang of a PD-year: every post below the head that owns nodes of the year's pohon kinerja, its
    nodes and indicators, its PK versions and the year's PK state; drafting each from the tree."""
    scope = request.scope
    pd = get_pd(scope, slug)
    return render(request, "agreement/pk_jenjang_daftar.html", {
        "pd": pd, "tahun": tahun, "daftar": daftar_jenjang(scope, pd, tahun),
        "alur": panel(scope, pd, "pk", tahun, 0), "bisa_buat": scope.writes_for(pd)})


@perlu(LIHAT)
@require_GET
def pk_unduh(request, slug: str, tahun: int, fmt: str, jabatan: int | None = None):
    if not PK.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    dok = build_pk(request.scope, slug, tahun, jabatan)
    dok = dok.pilih(_nomor(request.GET.get("versi"), None))
    return unduhan(PK.berkas(dok, fmt))


# --- drafting ------------------------------------------------------------------------------------------------


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_buat(request, slug: str, tahun: int):
    """GET: the first version drafted from the Renstra targets of the year and the programs of the year (their
    budgets typed by the operator); POST: create it."""
    return _susun(request, slug, tahun, None, "buat")


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_versi_baru(request, slug: str, tahun: int):
    """A new version starting from the version in force (its targets and budgets copied), with its reason and
    date; the parties are looked up again on that date."""
    return _susun(request, slug, tahun, None, "versi_baru")


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_ubah(request, slug: str, tahun: int):
    """Correct the latest version while the PK is open (before submission, or after it was returned)."""
    return _susun(request, slug, tahun, None, "ubah")


# --- PK berjenjang: drafted from the pohon kinerja ------------------------------------------------------------


def _jenjang(request, pd: PerangkatDaerah, tahun: int, jabatan: int) -> JenjangPk:
    """The post ``jabatan`` with the nodes it owns in the year's tree (none: it owns no node this year)."""
    jenjang = get_jenjang(request.scope, pd, jabatan)
    milik = next((j for j in jenjang_pk(request.scope, pd, tahun) if j.jabatan.pk == jenjang.pk),
                 None)
    return milik or JenjangPk(jenjang, ())


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_jenjang_buat(request, slug: str, tahun: int, jabatan: int):
    """GET: the first version of a post's PK berjenjang drafted from the pohon kinerja (its nodes' indicators and
    targets of the year); POST: create it."""
    return _susun(request, slug, tahun, jabatan, "buat")


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_jenjang_versi_baru(request, slug: str, tahun: int, jabatan: int):
    """A new version of a post's PK berjenjang, starting from its version in force."""
    return _susun(request, slug, tahun, jabatan, "versi_baru")


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pk_jenjang_ubah(request, slug: str, tahun: int, jabatan: int):
    """Correct the latest version of a post's PK berjenjang while the year's PK is open."""
    return _susun(request, slug, tahun, jabatan, "ubah")


def _susun(request, slug: str, tahun: int, jabatan: int | None, langkah: str):
    """The three forms of a PK, the head's (``jabatan`` None) or a post's PK berjenjang (drafted from the nodes it
    owns): ``buat`` the first version (an existing PK sends to its page), ``versi_baru`` a new version from the one
    in force, ``ubah`` the latest version corrected (no PK yet sends to ``buat``)."""
    scope = request.scope
    pd = _pd_isi(request, slug)
    jenjang = _jenjang(request, pd, tahun, jabatan) if jabatan is not None else None
    post = jenjang.jabatan if jenjang is not None else None
    url = _url(pd, tahun, post)
    nama = f"PK {tahun}{f' {post.nama}' if post is not None else ''}"

    def draf(dasar: PerjanjianKinerja | None = None) -> DrafPk:
        return draf_pk_jenjang(scope, pd, tahun, jenjang, dasar) if jenjang else draf_pk(scope, pd, tahun, dasar)

    if langkah == "buat":
        if pk_ada(scope, pd, tahun, post):
            messages.info(request, f"{nama} sudah ada; perubahan dibuat sebagai versi baru.")
            return redirect(url["pk"])
        return _form(request, pd, tahun, draf(), versi_baru=False,
                     initial={"tanggal": _tanggal_usulan(tahun, None), "tempat": pd.pemda.ibukota},
                     judul=f"Susun {nama} dari pohon kinerja" if post else f"Buat {nama}",
                     simpan=lambda isian: services.buat_pk(scope, pd=pd, tahun=tahun, isian=isian, jenjang=post))
    terakhir = pk_terakhir(scope, pd, tahun, post)
    if terakhir is None:
        return redirect(url["buat"])
    if langkah == "versi_baru":
        initial = {"tanggal": _tanggal_usulan(tahun, terakhir.tanggal), "tempat": terakhir.tempat,
                   "dasar_hukum": terakhir.dasar_hukum, "pernyataan": terakhir.pernyataan}
        return _form(request, pd, tahun, draf(terakhir), initial=initial, versi_baru=True, sesudah=terakhir,
                     judul=f"{nama} versi {terakhir.nomor + 1}",
                     simpan=lambda isian: services.buat_versi(scope, pd=pd, tahun=tahun, isian=isian, jenjang=post))
    initial = {"tanggal": terakhir.tanggal, "tempat": terakhir.tempat, "alasan": terakhir.alasan,
               "alasan_teks": terakhir.alasan_teks, "dasar_hukum": terakhir.dasar_hukum,
               "pernyataan": terakhir.pernyataan}
    return _form(request, pd, tahun, draf(terakhir), initial=initial, versi_baru=terakhir.nomor > 1,
                 judul=f"Perbaiki {nama} versi {terakhir.nomor}",
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
            return redirect(f"{_url(pd, tahun, draf.jenjang)['pk']}?versi={pk.nomor}")
    tanggal = form.tanggal_dipilih
    pihak = None
    if tanggal:
        pihak = (pihak_jenjang(request.scope, pd, draf.jenjang, tanggal) if draf.jenjang
                 else pihak_pada(request.scope, pd, tanggal))
    return render(request, "agreement/pk_form.html", {
        "form": form, "pd": pd, "tahun": tahun, "judul": judul, "draf": draf, "versi_baru": versi_baru,
        "pihak": pihak, "kunci": _kunci(pd, tahun), "url": _url(pd, tahun, draf.jenjang),
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
