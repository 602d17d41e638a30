"""The pohon kinerja screen: the diagram and the indented table of a PD's Renstra period, downloads, and the
forms of intermediate nodes and owners (the PD's operator; read-only for everyone else who sees the PD)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import CHANGE, perlu
from sakip.documents import diagram
from sakip.documents.berkas import unduhan
from sakip.domain.kaskade import cetak, selectors, services
from sakip.domain.kaskade.dokumen import LEVEL_NAMA, POHON, PohonKinerja, build_pohon
from sakip.domain.kaskade.forms import PemilikForm, SimpulAntaraForm, apply_errors
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.peran import ISI, LIHAT


def _tahun(request) -> int | None:
    value = request.GET.get("tahun", "")
    return int(value) if value.isdigit() else None


def pohon_url(slug: str, periode: str, tahun: int | None = None) -> str:
    url = reverse("kaskade:pohon", args=[slug, periode])
    return f"{url}?tahun={tahun}" if tahun else url


@perlu(LIHAT)
@require_GET
def pohon(request, slug: str, periode: str):
    dok = build_pohon(request.scope, slug, periode, _tahun(request))
    pd = get_pd(request.scope, slug)
    try:  # the printed documents' pages: one per RPJMD sasaran, a large subtree cut among its children
        gambar = [(judul, diagram.svg_sebaris(cetak.kotak_halaman(chain, node)))
                  for judul, chain, node in cetak.halaman_diagram(dok)]
        galat = ""
    except diagram.DiagramError as exc:
        gambar, galat = [], str(exc)
    baris = [(depth, node, f"{0.4 + 1.2 * depth:.1f}em") for depth, node in dok.baris()]
    return render(request, "kaskade/pohon.html", {
        "dok": dok, "pd": pd, "svg": gambar, "galat_diagram": galat, "baris": baris, "formats": POHON.formats,
        "bisa_ubah": request.scope.writes_for(pd), "tahun_q": f"?tahun={dok.tahun}" if dok.tahun else ""})


@perlu(LIHAT)
@require_GET
def unduh(request, slug: str, periode: str, fmt: str):
    if not POHON.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    return unduhan(POHON.berkas(build_pohon(request.scope, slug, periode, _tahun(request)), fmt))


def _pilihan_induk(dok: PohonKinerja, kecuali: str = "") -> list[tuple[str, str]]:
    """Every node an intermediate node may hang under (built or intermediate), without ``kecuali`` and its subtree."""
    out, skip_depth = [("", "— pilih simpul induk —")], None
    for depth, node in dok.baris():
        if skip_depth is not None and depth > skip_depth:
            continue
        skip_depth = None
        if node.id == kecuali:
            skip_depth = depth
            continue
        if node.level in ("sasaran_rpjmd", "kelompok"):
            continue
        label = f"{'· ' * depth}{LEVEL_NAMA.get(node.level, node.level)} {node.kode} {node.nama}".replace("  ", " ")
        out.append((node.id, label[:160]))
    return out


def _tulis(request, slug: str, periode: str):
    """The PD, its Renstra of the period (for changing) and the tree, for a form; the actor must write for the PD."""
    scope = request.scope
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Ditolak("Hanya operator perangkat daerah ini yang dapat mengubah pohon kinerjanya.")
    renstra = selectors.get_renstra_periode(scope, pd, periode)
    dok = build_pohon(scope, slug, periode, _tahun(request))
    return pd, renstra, dok


def _form_page(request, form, judul: str, kembali: str, **extra):
    return render(request, "kaskade/form.html", {"form": form, "judul": judul, "kembali": kembali, **extra})


def _simpan_antara(request, form, *, renstra, simpul=None) -> bool:
    if not form.is_valid():
        return False
    unit, jabatan = form.pemilik_terpilih(form.cleaned_data["pemilik"])
    try:
        services.simpan_antara(request.scope, renstra=renstra, simpul=simpul, jenis=form.cleaned_data["jenis"],
                               nama=form.cleaned_data["nama"], catatan=form.cleaned_data["catatan"],
                               induk=form.cleaned_data["induk_simpul"], unit=unit, jabatan=jabatan,
                               indikator=form.indikator())
    except ValidationError as exc:
        apply_errors(form, exc)
        return False
    return True


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_tambah(request, slug: str, periode: str):
    pd, renstra, dok = _tulis(request, slug, periode)
    units, jabatan = selectors.pilihan_pemilik(request.scope, pd.pk)
    form = SimpulAntaraForm(request.POST or None, induk=_pilihan_induk(dok), units=units, jabatan=jabatan,
                            initial={"induk_simpul": request.GET.get("induk", "")})
    kembali = pohon_url(slug, periode, dok.tahun)
    if request.method == "POST" and _simpan_antara(request, form, renstra=renstra):
        messages.success(request, "Simpul antara ditambahkan.")
        return redirect(kembali)
    return _form_page(request, form, f"Tambah simpul antara: {dok.judul}", kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_ubah(request, pk: int):
    simpul = selectors.get_simpul_antara(request.scope, pk, CHANGE)
    renstra = simpul.renstra
    periode = f"{renstra.tahun_mulai}-{renstra.tahun_selesai}"
    pd, renstra, dok = _tulis(request, renstra.pd.slug, periode)
    units, jabatan = selectors.pilihan_pemilik(request.scope, pd.pk)
    form = SimpulAntaraForm(request.POST or None, induk=_pilihan_induk(dok, f"antara-{simpul.pk}"), units=units,
                            jabatan=jabatan, initial=SimpulAntaraForm.awal(simpul))
    kembali = pohon_url(pd.slug, periode, dok.tahun)
    if request.method == "POST" and _simpan_antara(request, form, renstra=renstra, simpul=simpul):
        messages.success(request, "Simpul antara disimpan.")
        return redirect(kembali)
    return _form_page(request, form, f"Ubah simpul antara: {simpul.nama}", kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_hapus(request, pk: int):
    simpul = selectors.get_simpul_antara(request.scope, pk, CHANGE)
    renstra = simpul.renstra
    periode = f"{renstra.tahun_mulai}-{renstra.tahun_selesai}"
    pd = get_pd(request.scope, renstra.pd.slug)
    if not request.scope.writes_for(pd):
        raise Ditolak("Hanya operator perangkat daerah ini yang dapat mengubah pohon kinerjanya.")
    kembali = pohon_url(pd.slug, periode, _tahun(request))
    galat: list[str] = []
    if request.method == "POST":
        try:
            services.hapus_antara(request.scope, simpul=simpul)
        except ValidationError as exc:
            galat = exc.messages
        else:
            messages.success(request, f"Simpul “{simpul.nama[:60]}” dihapus.")
            return redirect(kembali)
    return render(request, "kaskade/hapus.html", {"simpul": simpul, "kembali": kembali, "galat": galat})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def pemilik(request, slug: str, periode: str, level: str, pk: int):
    pd, renstra, dok = _tulis(request, slug, periode)
    node = selectors.get_simpul(request.scope, level, pk, CHANGE)
    if node.pd_id != pd.pk:
        raise TidakDitemukan("Simpul pohon kinerja tidak ditemukan.")
    units, jabatan = selectors.pilihan_pemilik(request.scope, pd.pk)
    sekarang = selectors.pemilik_simpul(request.scope, level, node)
    awal = ""
    if sekarang is not None:
        awal = f"jabatan-{sekarang.jabatan_id}" if sekarang.jabatan_id else f"unit-{sekarang.unit_id}"
    form = PemilikForm(request.POST or None, units=units, jabatan=jabatan, initial={"pemilik": awal})
    kembali = pohon_url(slug, periode, dok.tahun)
    if request.method == "POST" and form.is_valid():
        unit, jab = form.pemilik_terpilih(form.cleaned_data["pemilik"])
        try:
            services.atur_pemilik(request.scope, level=level, node=node, unit=unit, jabatan=jab)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Pemilik simpul disimpan.")
            return redirect(kembali)
    nama = getattr(node, "nama", str(node))
    return _form_page(request, form, f"Pemilik {LEVEL_NAMA.get(level, level).lower()}: {nama}", kembali,
                      keterangan="Kosongkan untuk kembali ke penanggung jawab indikator (atau Camat untuk tujuan dan "
                                 "sasaran).")
