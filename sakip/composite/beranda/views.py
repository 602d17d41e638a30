"""The home page (where each user starts) and a perangkat daerah's page, composed from every domain app."""

import base64

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.composite.beranda import impor
from sakip.composite.beranda.selectors import posisi_pd
from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import perlu
from sakip.documents.berkas import Berkas, unduhan, unggahan
from sakip.documents.registry import MIME_XLSX
from sakip.domain.agreement.selectors import pk_tahun
from sakip.domain.organisation import selectors
from sakip.domain.planning import selectors as planning
from sakip.domain.survey import selectors as survey
from sakip.rumus.peran import ISI, LIHAT


@login_required
def home(request):
    scope = request.scope
    pds = list(selectors.pd_list(scope))
    if not scope.holds(LIHAT):  # a kelurahan operator: only the SKM entry of its kelurahan
        return render(request, "beranda/home.html", {
            "pds": [], "entri_skm": [(pd, survey.periode_list(scope, pd)) for pd in pds]})
    if len(pds) == 1:
        return redirect("beranda:pd", slug=pds[0].slug)
    return render(request, "beranda/home.html", {"pds": pds})


@perlu(LIHAT)
def pd_detail(request, slug: str):
    scope = request.scope
    pd = selectors.get_pd(scope, slug)
    posisi = posisi_pd(scope, pd)
    persiapan = [(p.label, p.selesai, p.keterangan,
                  p.langkah.url() if p.langkah and (not p.langkah.hak or scope.holds(p.langkah.hak)) else None,
                  p.langkah.label if p.langkah else "") for p in posisi.persiapan]
    return render(request, "beranda/pd_detail.html", {
        "pd": pd,
        "posisi": posisi,
        "tugas": posisi.tugas(scope.hak),
        "berjalan": posisi.triwulan_berjalan(),
        "persiapan": persiapan,
        "bisa_isi": scope.writes_for(pd),
        "ringkasan": planning.pd_overview(scope, pd),
        "kelurahan": pd.kelurahan.all(),
        "pk_tahun": pk_tahun(scope, pd),
        "periode_skm": survey.periode_list(scope, pd),
        "unit_layanan": survey.unit_list(scope, pd),
    })


# --- imports of planning files ---------------------------------------------------------------------------


def _jenis_impor(request, slug: str, jenis: str):
    scope = request.scope
    pd = selectors.get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Ditolak("Hanya operator perangkat daerah ini yang dapat mengimpor datanya.")
    spec = impor.JENIS.get(jenis)
    if spec is None:
        raise TidakDitemukan("Jenis impor tidak dikenal.")
    return pd, spec


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def impor_berkas(request, slug: str, jenis: str):
    """Upload a filled template: a preview of every change and every error; "Simpan semua" saves all or nothing."""
    pd, spec = _jenis_impor(request, slug, jenis)
    data = request.POST if request.method == "POST" else request.GET
    nilai = impor.baca_nilai(spec, data) or impor.nilai_awal(spec)
    context = {"pd": pd, "jenis": spec, "nilai": nilai}
    if request.method == "POST":
        isi = unggahan(request)
        if isi is None:
            messages.error(request, "Pilih berkas .xlsx (paling besar 5 MB) untuk diunggah.")
            return redirect(request.path)
        simpan = request.POST.get("simpan") == "1"
        hasil = impor.jalankan(spec, request.scope, pd.slug, nilai, isi, simpan)
        if hasil.disimpan:
            messages.success(request, f"{len(hasil.perubahan)} perubahan dari berkas disimpan.")
            return redirect(spec.selesai(pd.slug, nilai))
        context |= {"hasil": hasil, "berkas_b64": base64.b64encode(isi).decode()}
    return render(request, "beranda/impor.html", context)


@perlu(ISI)
@require_GET
def impor_templat(request, slug: str, jenis: str):
    pd, spec = _jenis_impor(request, slug, jenis)
    nilai = impor.baca_nilai(spec, request.GET)
    if nilai is None:
        raise TidakDitemukan("Tahun templat tidak valid.")
    return unduhan(Berkas(spec.templat(request.scope, pd.slug, nilai), MIME_XLSX, spec.nama_berkas(pd.slug, nilai)))
