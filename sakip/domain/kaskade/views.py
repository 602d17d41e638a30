"""The pohon kinerja screen: the diagram and the indented table of a PD's Renstra period, downloads, and the
forms of intermediate nodes and owners (the PD's operator; read-only for everyone else who sees the PD); the
crosscutting requests of the PD (asked: withdraw one still waiting, with a reason; addressed to it: accept with a
node, decline with a reason) and the pemda's list of them."""

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
from sakip.domain.kaskade.forms import (
    CrosscuttingForm,
    PemilikForm,
    SimpulAntaraForm,
    TarikCrosscuttingForm,
    TerimaCrosscuttingForm,
    TolakCrosscuttingForm,
    apply_errors,
)
from sakip.domain.kaskade.models import Crosscutting, SimpulAntara
from sakip.domain.organisation.selectors import get_pd, get_pemda
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
        "bisa_ubah": request.scope.writes_for(pd), "tahun_q": f"?tahun={dok.tahun}" if dok.tahun else "",
        **konteks_crosscutting(request, pd, dok)})


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


def _halaman_antara(request, slug: str, periode: str, simpul: SimpulAntara | None = None):
    """The form of an intermediate node: a new one (``simpul`` None, its parent proposed by ``?induk=``) or
    ``simpul`` changed (its own subtree left out of the parents offered)."""
    pd, renstra, dok = _tulis(request, slug, periode)
    units, jabatan = selectors.pilihan_pemilik(request.scope, pd.pk)
    initial = SimpulAntaraForm.awal(simpul) if simpul else {"induk_simpul": request.GET.get("induk", "")}
    form = SimpulAntaraForm(request.POST or None, induk=_pilihan_induk(dok, f"antara-{simpul.pk}" if simpul else ""),
                            units=units, jabatan=jabatan, initial=initial)
    kembali = pohon_url(slug, periode, dok.tahun)
    if request.method == "POST" and _simpan_antara(request, form, renstra=renstra, simpul=simpul):
        messages.success(request, "Simpul antara disimpan." if simpul else "Simpul antara ditambahkan.")
        return redirect(kembali)
    judul = f"Ubah simpul antara: {simpul.nama}" if simpul else f"Tambah simpul antara: {dok.judul}"
    return _form_page(request, form, judul, kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_tambah(request, slug: str, periode: str):
    return _halaman_antara(request, slug, periode)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_ubah(request, pk: int):
    simpul = selectors.get_simpul_antara(request.scope, pk, CHANGE)
    return _halaman_antara(request, simpul.renstra.pd.slug, simpul.renstra.periode, simpul)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def antara_hapus(request, pk: int):
    simpul = selectors.get_simpul_antara(request.scope, pk, CHANGE)
    renstra = simpul.renstra
    periode = renstra.periode
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


# --- crosscutting --------------------------------------------------------------------------------------------

_BOLEH_AJUKAN = "Hanya operator perangkat daerah ini (atau admin pemda) yang dapat mengajukan crosscutting."


def _pilihan_simpul(dok: PohonKinerja) -> list[tuple[str, str]]:
    """Every node a crosscutting request may name (built or intermediate, without the groups)."""
    return _pilihan_induk(dok)[1:]


def konteks_crosscutting(request, pd, dok: PohonKinerja) -> dict:
    """The pohon page's crosscutting section: this PD's requests both ways and, for its writers, the form."""
    scope = request.scope
    rows = selectors.crosscutting_pd(scope, pd)
    boleh = services.boleh_crosscutting(scope, pd)
    form = CrosscuttingForm(simpul=_pilihan_simpul(dok), pd_tujuan=selectors.pd_lain(scope, pd)) if boleh else None
    return {"cc_keluar": [c for c in rows if c.pd_id == pd.pk], "cc_masuk": [c for c in rows if c.pd_tujuan_id == pd.pk],
            "cc_boleh": boleh, "cc_form": form, "cc_simpul": _pilihan_simpul(dok) if boleh else []}


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def crosscutting_ajukan(request, slug: str, periode: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    if not services.boleh_crosscutting(scope, pd):
        raise Ditolak(_BOLEH_AJUKAN)
    dok = build_pohon(scope, slug, periode, _tahun(request))
    form = CrosscuttingForm(request.POST or None, simpul=_pilihan_simpul(dok), pd_tujuan=selectors.pd_lain(scope, pd),
                            initial={"simpul": request.GET.get("simpul", "")})
    kembali = f"{pohon_url(slug, periode, dok.tahun)}#crosscutting"
    if request.method == "POST" and form.is_valid():
        try:
            services.ajukan_crosscutting(scope, pd=pd, simpul=form.cleaned_data["simpul"],
                                         jenis=form.cleaned_data["jenis"], pd_tujuan=form.pd_terpilih(),
                                         uraian=form.cleaned_data["uraian"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Crosscutting diajukan ke {form.pd_terpilih().nama}.")
            return redirect(kembali)
    return _form_page(request, form, f"Ajukan crosscutting: {dok.judul}", kembali,
                      keterangan="Simpul ini bergantung pada atau berkontribusi pada perangkat daerah lain; perangkat "
                                 "daerah itu menerima (memilih simpulnya) atau menolak dengan alasan.")


def _jawab(request, pk: int, pengaju: bool = False):
    """The request, if the actor may act on it — answer it (the other PD's operator, an admin pemda) or, ``pengaju``,
    withdraw it (the asking PD's) — and where to go back: that side's pohon kinerja."""
    scope = request.scope
    cc = selectors.get_crosscutting(scope, pk)
    pd = cc.pd if pengaju else cc.pd_tujuan
    if not services.boleh_crosscutting(scope, pd):
        tindakan = "menarik" if pengaju else "menjawab"
        raise Ditolak(f"Hanya operator {pd.nama} (atau admin pemda) yang dapat {tindakan} permintaan ini.")
    periode = request.GET.get("periode", "")
    if not periode:
        renstra = selectors.renstra_terakhir(scope, pd)
        periode = renstra.periode if renstra is not None else ""
    if not periode:
        return cc, None, reverse("beranda:pd", args=[pd.slug])
    dok = build_pohon(scope, pd.slug, periode, _tahun(request))
    return cc, dok, f"{pohon_url(pd.slug, dok.periode, dok.tahun)}#crosscutting"


def _halaman_jawab(request, cc, form, judul: str, kembali: str, **extra):
    return render(request, "kaskade/crosscutting_jawab.html",
                  {"cc": cc, "form": form, "judul": judul, "kembali": kembali, **extra})


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def crosscutting_terima(request, pk: int):
    cc, dok, kembali = _jawab(request, pk)
    form = TerimaCrosscuttingForm(request.POST or None, simpul=_pilihan_simpul(dok) if dok else [],
                                  wajib=not cc.simpul_ke_id, initial={"simpul_tujuan": cc.simpul_ke_id})
    if request.method == "POST" and form.is_valid():
        try:
            services.terima_crosscutting(request.scope, cc=cc, simpul_tujuan=form.cleaned_data["simpul_tujuan"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Crosscutting dari {cc.pd.nama} diterima.")
            return redirect(kembali)
    return _halaman_jawab(request, cc, form, f"Terima crosscutting dari {cc.pd.nama}", kembali, dok=dok,
                          tombol="Terima")


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def crosscutting_tolak(request, pk: int):
    return _halaman_tutup(request, pk, pengaju=False)


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def crosscutting_tarik(request, pk: int):
    return _halaman_tutup(request, pk, pengaju=True)


def _halaman_tutup(request, pk: int, *, pengaju: bool):
    """Close a waiting request with a reason: the other PD declines it, or (``pengaju``) the asking PD withdraws it."""
    cc, _, kembali = _jawab(request, pk, pengaju=pengaju)
    form = (TarikCrosscuttingForm if pengaju else TolakCrosscuttingForm)(request.POST or None)
    tutup, selesai, judul, tombol = (
        (services.tarik_crosscutting, f"Permintaan crosscutting ke {cc.pd_tujuan.nama} ditarik.",
         f"Tarik crosscutting ke {cc.pd_tujuan.nama}", "Tarik") if pengaju else
        (services.tolak_crosscutting, f"Crosscutting dari {cc.pd.nama} ditolak.",
         f"Tolak crosscutting dari {cc.pd.nama}", "Tolak"))
    if request.method == "POST" and form.is_valid():
        try:
            tutup(request.scope, cc=cc, alasan=form.cleaned_data["alasan"])
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, selesai)
            return redirect(kembali)
    return _halaman_jawab(request, cc, form, judul, kembali, tombol=tombol)


@perlu(LIHAT)
@require_GET
def crosscutting_pemda(request, slug: str):
    pemda = get_pemda(request.scope, slug)
    rows = selectors.crosscutting_pemda(request.scope, pemda.pk)
    jumlah = {s.label: sum(1 for c in rows if c.status == s.value) for s in Crosscutting.Status}
    return render(request, "kaskade/crosscutting_pemda.html", {"pemda": pemda, "rows": rows, "jumlah": jumlah})
