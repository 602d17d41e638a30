"""The year's program tree of a PD: kegiatan and sub kegiatan picked from the nomenclature, lokasi, starting a
new year from the last one; removing and reordering planning rows."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.galat import Ditolak
from sakip.core.scoping import CHANGE, perlu
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning import selectors, services
from sakip.domain.planning.forms import LokasiForm, NomenklaturForm, ProgramSasaranForm, apply_errors
from sakip.domain.planning.models import (
    Iku,
    IkuEntri,
    Indikator,
    Kegiatan,
    Lokasi,
    Nomenklatur,
    Program,
    Renstra,
    Sasaran,
    SubKegiatan,
    Tujuan,
)
from sakip.domain.planning.views import halaman_form, kembali_indikator, kembali_ke, renstra_url, tree_url
from sakip.rumus.peran import ISI, LIHAT


def _halaman_nomenklatur(request, form, judul: str, kembali: str, induk: Nomenklatur, level: str, kunci: str):
    return halaman_form(request, form, judul, kembali, pilihan_kode=selectors.nomenklatur_anak(induk),
                        cari_url=f"{reverse('planning:nomenklatur_cari', args=[level])}?induk={induk.kode}",
                        induk=induk, kunci=kunci)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def kegiatan_tambah(request, pk: int):
    scope = request.scope
    program = selectors.get_program(scope, pk, CHANGE)
    form = NomenklaturForm(request.POST or None, level=Nomenklatur.Level.KEGIATAN, label="Kode kegiatan")
    kembali = tree_url(program.pd.slug, program.tahun)
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_kegiatan(scope, program=program, nomenklatur=form.cleaned_data["nomenklatur"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Kegiatan ditambahkan.")
            return redirect(kembali)
    return _halaman_nomenklatur(request, form, f"Tambah kegiatan: {program}", kembali, program.nomenklatur,
                                Nomenklatur.Level.KEGIATAN, selectors.kunci_tahun(program.pd, program.tahun))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def sub_kegiatan_tambah(request, pk: int):
    scope = request.scope
    kegiatan = selectors.get_kegiatan(scope, pk, CHANGE)
    form = NomenklaturForm(request.POST or None, level=Nomenklatur.Level.SUB_KEGIATAN, label="Kode sub kegiatan")
    tahun = kegiatan.program.tahun
    kembali = tree_url(kegiatan.pd.slug, tahun)
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_sub_kegiatan(scope, kegiatan=kegiatan, nomenklatur=form.cleaned_data["nomenklatur"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Sub kegiatan ditambahkan.")
            return redirect(kembali)
    return _halaman_nomenklatur(request, form, f"Tambah sub kegiatan: {kegiatan}", kembali, kegiatan.nomenklatur,
                                Nomenklatur.Level.SUB_KEGIATAN, selectors.kunci_tahun(kegiatan.pd, tahun))


@perlu(LIHAT)
@require_GET
def nomenklatur_cari(request, level: str):
    """htmx: the suggestions (``<option>`` rows of the datalist) for a typed code or part of a name."""
    if level not in Nomenklatur.Level.values:
        raise Http404("Level nomenklatur tidak dikenal.")
    q = request.GET.get("nomenklatur") or request.GET.get("q") or ""
    rows = selectors.nomenklatur_cari(level, request.GET.get("induk", ""), q)
    return render(request, "planning/_nomenklatur_pilihan.html", {"pilihan_kode": rows})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def program_ubah(request, pk: int):
    """The Renstra sasaran a program supports."""
    scope = request.scope
    program = selectors.get_program(scope, pk, CHANGE)
    form = ProgramSasaranForm(request.POST or None, initial={"sasaran": list(program.sasaran.all())},
                              sasaran_queryset=selectors.sasaran_pilihan(scope, program.pd, program.tahun))
    kembali = tree_url(program.pd.slug, program.tahun)
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_program(scope, program=program, sasaran=list(form.cleaned_data["sasaran"]))
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Program disimpan.")
            return redirect(kembali)
    return halaman_form(request, form, f"Ubah program: {program}", kembali,
                        kunci=selectors.kunci_tahun(program.pd, program.tahun))


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def lokasi(request, pk: int):
    """The lokasi a sub kegiatan is split into; its operator adds one here (and removes one with ``hapus``)."""
    scope = request.scope
    sub = selectors.get_sub_kegiatan(scope, pk)
    tahun = sub.kegiatan.program.tahun
    bisa_ubah = scope.writes_for(sub.pd)
    form = LokasiForm(request.POST or None, kelurahan_queryset=selectors.kelurahan_pilihan(scope, sub.pd)) \
        if bisa_ubah else None
    if request.method == "POST":
        if form is None:
            raise Ditolak("Anda tidak berwenang mengubah lokasi sub kegiatan ini.")
        sub = selectors.get_sub_kegiatan(scope, pk, CHANGE)
        if form.is_valid():
            try:
                services.tambah_lokasi(scope, sub_kegiatan=sub, kelurahan=form.cleaned_data["kelurahan"])
            except ValidationError as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, "Lokasi ditambahkan.")
                return redirect(reverse("planning:lokasi", args=[sub.pk]))
    return render(request, "planning/lokasi.html", {
        "sub": sub, "pd": sub.pd, "tahun": tahun, "lokasi": selectors.lokasi_sub_kegiatan(scope, sub), "form": form,
        "bisa_ubah": bisa_ubah, "kunci": selectors.kunci_tahun(sub.pd, tahun) if bisa_ubah else "",
        "kembali": tree_url(sub.pd.slug, tahun),
    })


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def mulai_tahun(request, slug: str, tahun: int):
    """GET: what starting ``tahun`` copies from ``tahun − 1``; POST: copy it (one transaction)."""
    scope = request.scope
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Ditolak("Anda tidak berwenang mengubah perencanaan perangkat daerah ini.")
    galat: list[str] = []
    if request.method == "POST":
        try:
            salinan = services.mulai_tahun(scope, pd=pd, tahun=tahun)
        except ValidationError as exc:
            galat = exc.messages
        else:
            messages.success(request, (
                f"Tahun {tahun} dimulai dari pohon tahun {tahun - 1}: {salinan.program} program, {salinan.kegiatan} "
                f"kegiatan, {salinan.sub_kegiatan} sub kegiatan, {salinan.lokasi} lokasi dan {salinan.indikator} "
                f"indikator disalin. Isikan target tahun {tahun}, lalu sesuaikan pohonnya."))
            return redirect(tree_url(pd.slug, tahun))
    return render(request, "planning/mulai_tahun.html", {
        "pd": pd, "tahun": tahun, "lama": selectors.ringkasan_tahun(scope, pd, tahun - 1),
        "baru": selectors.ringkasan_tahun(scope, pd, tahun), "kunci": selectors.kunci_tahun(pd, tahun),
        "galat": galat, "kembali": tree_url(pd.slug, tahun - 1),
    })


# --- removing and reordering ----------------------------------------------------------------------

JENIS = {
    "renstra": (Renstra, ("pd",)), "tujuan": (Tujuan, ("renstra",)), "sasaran": (Sasaran, ("tujuan",)),
    "indikator": (Indikator, ("pd", "tujuan", "sasaran__tujuan", "program", "kegiatan__program",
                              "sub_kegiatan__kegiatan__program")),
    "program": (Program, ("pd", "nomenklatur")), "kegiatan": (Kegiatan, ("pd", "nomenklatur", "program")),
    "sub_kegiatan": (SubKegiatan, ("pd", "nomenklatur", "kegiatan__program")),
    "lokasi": (Lokasi, ("pd", "kelurahan", "sub_kegiatan__kegiatan__program")),
    "iku": (Iku, ("pd",)), "iku_entri": (IkuEntri, ("iku", "indikator")),
}


def _baris(scope, jenis: str, pk: int):
    if jenis not in JENIS:
        raise Http404("Jenis data tidak dikenal.")
    model, related = JENIS[jenis]
    return selectors.get_scoped(scope, model, pk, CHANGE, related=related)


def _setelah(obj) -> str:
    """The page a removed or moved row was shown on."""
    if isinstance(obj, Renstra):
        return reverse("planning:tree", args=[obj.pd.slug])
    if isinstance(obj, Tujuan):
        return renstra_url(obj.renstra_id)
    if isinstance(obj, Sasaran):
        return renstra_url(obj.tujuan.renstra_id)
    if isinstance(obj, Indikator):
        return kembali_indikator(obj)
    if isinstance(obj, Lokasi):
        return reverse("planning:lokasi", args=[obj.sub_kegiatan_id])
    if isinstance(obj, Iku):
        return reverse("planning:iku_daftar", args=[obj.pd.slug])
    if isinstance(obj, IkuEntri):
        return reverse("planning:iku_atur", args=[obj.iku_id])
    return tree_url(obj.pd.slug, services.tahun_pohon(obj))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def hapus(request, jenis: str, pk: int):
    """GET: ask; POST: remove the row, or say what still hangs below it."""
    scope = request.scope
    obj = _baris(scope, jenis, pk)
    kembali = kembali_ke(request, _setelah(obj))
    galat: list[str] = []
    if request.method == "POST":
        try:
            services.hapus(scope, obj=obj)
        except ValidationError as exc:
            galat = exc.messages
        else:
            messages.success(request, f"“{obj}” dihapus.")
            return redirect(kembali)
    return render(request, "planning/hapus.html", {"obj": obj, "jenis": obj._meta.verbose_name, "galat": galat,
                                                   "kembali": kembali})


@perlu(ISI)
@require_POST
def geser(request, jenis: str, pk: int):
    """Move a tujuan, sasaran, indicator or IKU row one place up (``arah=naik``) or down."""
    scope = request.scope
    obj = _baris(scope, jenis, pk)
    kembali = kembali_ke(request, _setelah(obj))
    try:
        services.geser(scope, obj=obj, naik=request.POST.get("arah") == "naik")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect(kembali)
