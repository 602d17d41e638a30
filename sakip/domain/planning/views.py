"""Planning screens: the tree of a PD and year, inline target editing (htmx), indicator forms, the IKU document.

The other screens are beside this module: ``views_renstra`` (Renstra, tujuan, sasaran, the IKU set),
``views_program`` (the year's program tree, lokasi, starting a new year, removing and reordering) and
``views_rpjmd`` (the pemda's RPJMD, for the admin pemda).
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import retarget

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import CHANGE, perlu
from sakip.documents.berkas import unduhan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning import selectors, services
from sakip.domain.planning.dokumen import IKU, build_iku
from sakip.domain.planning.forms import (
    IndikatorForm,
    ProgramForm,
    SasaranForm,
    TargetForm,
    TargetTahunForm,
    apply_errors,
)
from sakip.domain.planning.models import Indikator, Kegiatan, Program, Sasaran, SubKegiatan, Tujuan
from sakip.rumus.peran import ISI, LIHAT

OWNER_MODELS = {"tujuan": Tujuan, "sasaran": Sasaran, "program": Program, "kegiatan": Kegiatan,
                "sub_kegiatan": SubKegiatan}


def tree_url(pd_slug: str, tahun: int) -> str:
    return f"{reverse('planning:tree', args=[pd_slug])}?tahun={tahun}"


def _tahun_param(value: str | None, fallback: int) -> int:
    try:
        tahun = int(value) if value else fallback
    except ValueError as exc:
        raise Http404("Tahun tidak valid.") from exc
    if not 1900 <= tahun <= 2200:
        raise Http404("Tahun tidak valid.")
    return tahun


def kembali_ke(request, default: str) -> str:
    """Where a form returns to: the page it was opened from (``?kembali=``, same site only), else ``default``."""
    target = request.POST.get("kembali") or request.GET.get("kembali")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                   require_https=request.is_secure()):
        return target
    return default


def halaman_form(request, form: BaseForm, judul: str, kembali: str, **extra):
    """The one page of a planning form (``planning/form.html``)."""
    return render(request, "planning/form.html", {"form": form, "judul": judul, "kembali": kembali, **extra})


def renstra_url(renstra_id: int) -> str:
    return reverse("planning:renstra", args=[renstra_id])


@perlu(LIHAT)
def tree(request, slug: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    overview = selectors.pd_overview(scope, pd)
    tahun = _tahun_param(request.GET.get("tahun"), selectors.default_tahun(overview, datetime.date.today().year))
    data = selectors.planning_tree(scope, pd, tahun, overview.tahun)
    bisa_ubah = scope.writes_for(pd)
    kunci = selectors.kunci_tahun(pd, tahun) if bisa_ubah else ""
    ada_program = tahun in overview.tahun_program
    return render(request, "planning/tree.html", {
        "tree": data, "pd": pd, "bisa_ubah": bisa_ubah, "kunci": kunci,
        "bisa_ubah_pohon": bisa_ubah and not kunci, "renstra_semua": overview.renstra, "iku_semua": overview.iku,
        # "Mulai tahun n+1" from a year with programs; "Mulai tahun n" on an empty year that follows one.
        "mulai_tahun": (tahun + 1 if ada_program and tahun + 1 not in overview.tahun_program
                        else tahun if not ada_program and tahun - 1 in overview.tahun_program else None),
    })


def _simpan_target_form(request, scope, indikator: Indikator, tahun: int, form) -> bool:
    try:
        services.simpan_target(scope, indikator=indikator, tahun=tahun, teks=form.cleaned_data["nilai"],
                               awal=request.POST.get("awal"))
    except ValidationError as exc:
        apply_errors(form, exc)
        return False
    return True


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def target_edit(request, pk: int, tahun: int):
    """GET: the inline form for one target; POST: save it and return the indicator row."""
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk, CHANGE)
    if tahun not in indikator.tahun_target():
        raise Http404("Tahun di luar periode indikator.")
    current = next((t for t in indikator.target.all() if t.tahun == tahun), None)
    if request.method == "POST":
        form = TargetForm(request.POST)
        if form.is_valid() and _simpan_target_form(request, scope, indikator, tahun, form):
            indikator = selectors.get_indikator(scope, pk)
            response = render(request, "planning/_indikator.html",
                              {"ind": indikator, "bisa_ubah": True, "tahun_aktif": tahun})
            return retarget(response, f"#indikator-{indikator.pk}")
    else:
        form = TargetForm(initial={"nilai": current.tampil if current else ""})
    # The value stored now: after a refusal because of a newer change, saving again is deliberate.
    return render(request, "planning/_target_form.html", {"form": form, "ind": indikator, "tahun": tahun,
                                                          "awal": current.tampil if current else ""})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def target_tahun(request, pk: int):
    """A target with its year typed, as a page (the inline chips' companion without JavaScript)."""
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk, CHANGE)
    kembali = kembali_ke(request, kembali_indikator(indikator))
    form = TargetTahunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        tahun = form.cleaned_data["tahun"]
        try:
            services.simpan_target(scope, indikator=indikator, tahun=tahun, teks=form.cleaned_data["nilai"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Target {tahun} disimpan.")
            return redirect(kembali)
    years = indikator.tahun_target()
    return halaman_form(request, form, f"Target indikator: {indikator.nama}", kembali,
                        keterangan=f"Tahun yang dapat diisi: {years.start}–{years.stop - 1}." if years else "")


@perlu(LIHAT)
def indikator_row(request, pk: int):
    """The indicator row as shown in the tree (htmx: cancel an inline edit)."""
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk)
    return render(request, "planning/_indikator.html", {"ind": indikator, "bisa_ubah": scope.reaches(indikator, CHANGE)})


def kembali_indikator(indikator: Indikator) -> str:
    """The page an indicator is edited from: its Renstra's page, or the tree of its program's year."""
    if indikator.level == "tujuan" and indikator.tujuan is not None:
        return renstra_url(indikator.tujuan.renstra_id)
    if indikator.level == "sasaran" and indikator.sasaran is not None:
        return renstra_url(indikator.sasaran.tujuan.renstra_id)
    years = indikator.tahun_target()
    return tree_url(indikator.pd.slug, years.start if years else datetime.date.today().year)


def _indikator_form(request, scope, pd, instance: Indikator, targets: bool) -> IndikatorForm:
    current = {t.tahun: t.tampil for t in instance.target.all()} if instance.pk else {}
    return IndikatorForm(request.POST or None, instance=instance,
                         initial={"kondisi_awal_teks": instance.kondisi_awal_teks},
                         tahun=instance.tahun_target() if targets else (), target_awal=current,
                         pj_pilihan=selectors.penanggung_jawab_pilihan(scope, pd),
                         pj_awal=[x for pj in instance.penanggung_jawab.all() if (x := pj.unit or pj.jabatan) is not None]
                         if instance.pk else [])


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def indikator_edit(request, pk: int):
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk, CHANGE)
    kembali = kembali_ke(request, kembali_indikator(indikator))
    form = _indikator_form(request, scope, indikator.pd, indikator, targets=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_indikator(scope, indikator=indikator, data=form.cleaned_data, targets=form.targets_berubah())
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Indikator disimpan.")
            return redirect(kembali)
    return halaman_form(request, form, f"Ubah indikator: {indikator.nama}", kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def indikator_add(request, level: str, owner_id: int):
    scope = request.scope
    model = OWNER_MODELS.get(level)
    if model is None:
        raise Http404("Jenis pemilik indikator tidak dikenal.")
    pemilik = selectors.get_scoped(scope, model, owner_id, CHANGE, related=("pd",))
    # The unsaved instance carries its owner so the form's model validation sees a complete indicator.
    baru = Indikator.baru(pemilik, pd=pemilik.pd)
    kembali = kembali_ke(request, kembali_indikator(baru))
    form = _indikator_form(request, scope, pemilik.pd, baru, targets=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_indikator(scope, pemilik=pemilik, data=form.cleaned_data, targets=form.targets_berubah())
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Indikator ditambahkan.")
            return redirect(kembali)
    return halaman_form(request, form, f"Tambah indikator: {pemilik}", kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def sasaran_edit(request, pk: int):
    scope = request.scope
    sasaran = selectors.get_scoped(scope, Sasaran, pk, CHANGE, related=("pd", "tujuan__renstra"))
    form = SasaranForm(request.POST or None, instance=sasaran,
                       sasaran_rpjmd_queryset=selectors.sasaran_rpjmd_pilihan(scope, sasaran.pemda_id))
    back = kembali_ke(request, renstra_url(sasaran.tujuan.renstra_id))
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_sasaran(scope, sasaran=sasaran, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Sasaran disimpan.")
            return redirect(back)
    return halaman_form(request, form, f"Ubah sasaran: {sasaran.nama}", back)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def program_add(request, slug: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Ditolak("Anda tidak berwenang menambah program perangkat daerah ini.")
    tahun = _tahun_param(request.GET.get("tahun") or request.POST.get("tahun"), datetime.date.today().year)
    form = ProgramForm(request.POST or None, nomenklatur_queryset=selectors.nomenklatur_program(),
                       sasaran_queryset=selectors.sasaran_pilihan(scope, pd, tahun))
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_program(scope, pd=pd, tahun=tahun, nomenklatur=form.cleaned_data["nomenklatur"],
                                    sasaran=list(form.cleaned_data["sasaran"]))
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Program ditambahkan.")
            return redirect(tree_url(pd.slug, tahun))
    return halaman_form(request, form, f"Tambah program {pd.nama} tahun {tahun}", tree_url(pd.slug, tahun),
                        tahun=tahun, kunci=selectors.kunci_tahun(pd, tahun))


# --- the IKU document -----------------------------------------------------------------------------


@perlu(LIHAT)
@require_GET
def iku(request, slug: str, tahun: int):
    dok = build_iku(request.scope, slug, tahun)
    return render(request, "planning/iku.html", {"dok": dok, "tahun": tahun, "formats": IKU.formats})


@perlu(LIHAT)
@require_GET
def iku_unduh(request, slug: str, tahun: int, fmt: str):
    if not IKU.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    dok = build_iku(request.scope, slug, tahun)
    if request.GET.get("sampul") == "1":  # with the cover page (seed 001's layout)
        dok = dok.dengan_sampul()
    return unduhan(IKU.berkas(dok, fmt))
