"""Planning screens: the tree of a PD and year, inline target editing (htmx), edit forms."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import retarget

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import CHANGE, perlu
from sakip.documents.berkas import unduhan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning import selectors, services
from sakip.domain.planning.dokumen import IKU, build_iku
from sakip.domain.planning.forms import IndikatorForm, ProgramForm, SasaranForm, TargetForm, apply_errors
from sakip.domain.planning.models import Indikator, Kegiatan, Program, Sasaran, SubKegiatan, Tujuan
from sakip.rumus.peran import ISI, LIHAT

OWNER_MODELS = {"tujuan": Tujuan, "sasaran": Sasaran, "program": Program, "kegiatan": Kegiatan,
                "sub_kegiatan": SubKegiatan}


def _tree_url(pd_slug: str, tahun: int) -> str:
    return f"{reverse('planning:tree', args=[pd_slug])}?tahun={tahun}"


def _tahun_param(value: str | None, fallback: int) -> int:
    try:
        return int(value) if value else fallback
    except ValueError as exc:
        raise Http404("Tahun tidak valid.") from exc


@perlu(LIHAT)
def tree(request, slug: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    overview = selectors.pd_overview(scope, pd)
    tahun = _tahun_param(request.GET.get("tahun"), selectors.default_tahun(overview, datetime.date.today().year))
    data = selectors.planning_tree(scope, pd, tahun, overview.tahun)
    bisa_ubah = scope.writes_for(pd)
    return render(request, "planning/tree.html", {"tree": data, "pd": pd, "bisa_ubah": bisa_ubah})


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
        if form.is_valid():
            try:
                services.simpan_target(scope, indikator=indikator, tahun=tahun, teks=form.cleaned_data["nilai"],
                                       awal=request.POST.get("awal"))
            except ValidationError as exc:
                apply_errors(form, exc)
        if form.is_valid():
            indikator = selectors.get_indikator(scope, pk)
            response = render(request, "planning/_indikator.html",
                              {"ind": indikator, "bisa_ubah": True, "tahun_aktif": tahun})
            return retarget(response, f"#indikator-{indikator.pk}")
    else:
        form = TargetForm(initial={"nilai": current.tampil if current else ""})
    # The value stored now: after a refusal because of a newer change, saving again is deliberate.
    return render(request, "planning/_target_form.html", {"form": form, "ind": indikator, "tahun": tahun,
                                                          "awal": current.tampil if current else ""})


@perlu(LIHAT)
def indikator_row(request, pk: int):
    """The indicator row as shown in the tree (htmx: cancel an inline edit)."""
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk)
    return render(request, "planning/_indikator.html", {"ind": indikator, "bisa_ubah": scope.reaches(indikator, CHANGE)})


def _indikator_pd_tahun(indikator) -> tuple[str, int]:
    years = indikator.tahun_target()
    return indikator.pd.slug, (years.stop - 1 if years else datetime.date.today().year)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def indikator_edit(request, pk: int):
    scope = request.scope
    indikator = selectors.get_indikator(scope, pk, CHANGE)
    form = IndikatorForm(request.POST or None, instance=indikator,
                         initial={"kondisi_awal_teks": indikator.kondisi_awal_teks})
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_indikator(scope, indikator=indikator, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Indikator disimpan.")
            return redirect(_tree_url(*_indikator_pd_tahun(indikator)))
    return render(request, "planning/form.html", {"form": form, "judul": f"Ubah indikator: {indikator.nama}",
                                                  "kembali": _tree_url(*_indikator_pd_tahun(indikator))})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def indikator_add(request, level: str, owner_id: int):
    scope = request.scope
    model = OWNER_MODELS.get(level)
    if model is None:
        raise Http404("Jenis pemilik indikator tidak dikenal.")
    pemilik = selectors.get_scoped(scope, model, owner_id, CHANGE, related=("pd",))
    # The unsaved instance carries its owner so the form's model validation sees a complete indicator.
    form = IndikatorForm(request.POST or None, instance=Indikator.baru(pemilik))
    if request.method == "POST" and form.is_valid():
        try:
            indikator = services.tambah_indikator(scope, pemilik=pemilik, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Indikator ditambahkan.")
            return redirect(_tree_url(*_indikator_pd_tahun(indikator)))
    return render(request, "planning/form.html", {"form": form, "judul": f"Tambah indikator: {pemilik}",
                                                  "kembali": reverse("planning:tree", args=[pemilik.pd.slug])})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def sasaran_edit(request, pk: int):
    scope = request.scope
    sasaran = selectors.get_scoped(scope, Sasaran, pk, CHANGE, related=("pd", "tujuan__renstra"))
    form = SasaranForm(request.POST or None, instance=sasaran,
                       sasaran_rpjmd_queryset=selectors.sasaran_rpjmd_pilihan(scope, sasaran.pemda_id))
    back = _tree_url(sasaran.pd.slug, sasaran.tujuan.renstra.tahun_selesai)
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_sasaran(scope, sasaran=sasaran, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Sasaran disimpan.")
            return redirect(back)
    return render(request, "planning/form.html", {"form": form, "judul": f"Ubah sasaran: {sasaran.nama}", "kembali": back})


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
            return redirect(_tree_url(pd.slug, tahun))
    return render(request, "planning/form.html", {"form": form, "judul": f"Tambah program {pd.nama} tahun {tahun}",
                                                  "kembali": _tree_url(pd.slug, tahun), "tahun": tahun})


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
    return unduhan(IKU.berkas(build_iku(request.scope, slug, tahun), fmt))
