"""The pohon kinerja of a PD for a Renstra period as one computed structure.

``build_pohon(scope, slug, "2019-2024", tahun=None)`` returns a :class:`PohonKinerja`: the PD's tujuan grouped
under the RPJMD sasaran their sasaran support, each tujuan → sasaran → the programs of one year that support the
sasaran → kegiatan → sub kegiatan, with the intermediate nodes (:class:`~sakip.domain.kaskade.models.SimpulAntara`)
under their parents. Each node carries its indicators (name, satuan, target of the year) and its owner.

Choices, stated once:

- **The year.** Programs are keyed by year, the Renstra by period; the tree shows the program structure of one
  year of the period: the one asked for, else the period's last year with programs (Wonoasih 2019–2024 → 2024).
  Tujuan/sasaran targets are those of that year.
- **A program supporting several sasaran** hangs under the first of them in the Renstra's order (tujuan, then
  sasaran), so each program appears exactly once; the others are listed in its JSON as ``juga_mendukung``.
  Programs of the year supporting no sasaran of this Renstra are grouped under a root "Program belum ditautkan".
- **A tujuan** hangs under the RPJMD sasaran of its first sasaran that names one; tujuan without any are grouped
  under a root "Belum ditautkan ke sasaran RPJMD".
- **The owner** of a node: the one set for it (:class:`PemilikSimpul`, an intermediate node's own), else the first
  penanggung jawab of its indicators, else the head of the PD (Camat) for tujuan and sasaran, the head of the
  pemda for an RPJMD sasaran; programs, kegiatan and sub kegiatan without one show none ("belum ditetapkan").
- **Crosscutting**: each node lists its accepted links with other PDs' nodes (``crosscutting``, both directions:
  asked from this node, or accepted on it); requests still open or declined are not part of the tree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.domain.kaskade import selectors
from sakip.domain.kaskade.models import Crosscutting, SimpulAntara
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import tampil_target

LEVEL_NAMA = {
    "sasaran_rpjmd": "Sasaran RPJMD", "kelompok": "Kelompok", "tujuan": "Tujuan", "sasaran": "Sasaran",
    "sasaran_program": "Sasaran program", "sasaran_kegiatan": "Sasaran kegiatan",
    "sasaran_sub_kegiatan": "Sasaran sub kegiatan", "program": "Program", "kegiatan": "Kegiatan",
    "sub_kegiatan": "Sub kegiatan",
}
SUMBER_PEMILIK = {"ditetapkan": "ditetapkan", "penanggung_jawab": "penanggung jawab indikator",
                  "pimpinan": "pimpinan perangkat daerah", "kepala_daerah": "kepala daerah"}


@dataclass(frozen=True)
class IndikatorSimpul:
    nama: str
    satuan: str
    target: str  # the target of the year as written ("80%", "94,14"), "-" when none

    def as_json(self) -> dict:
        return {"nama": self.nama, "satuan": self.satuan, "target": self.target}

    @property
    def baris(self) -> str:
        """One line of a diagram box: “IKM: 94,14 Skor”."""
        return f"{self.nama}: {self.target_tampil}"

    @property
    def target_tampil(self) -> str:
        """The target with its satuan unless it already says it: “100%”, “12 Laporan”, “94,14 Skor”."""
        if self.target == "-" or not self.satuan or self.target.endswith(self.satuan):
            return self.target
        return f"{self.target}%" if self.satuan == "%" else f"{self.target} {self.satuan}"


@dataclass(frozen=True)
class Pemilik:
    nama: str
    jenis: str  # "unit" | "jabatan"
    id: int
    sumber: str  # a key of SUMBER_PEMILIK

    def as_json(self) -> dict:
        return {"nama": self.nama, "jenis": self.jenis, "id": self.id, "sumber": self.sumber}


@dataclass(frozen=True)
class TautanCrosscutting:
    """An accepted crosscutting link seen from this tree's node: ``arah`` "keluar" when this PD asked, "masuk" when
    the other PD asked; ``jenis`` as the asker said it (bergantung / berkontribusi)."""

    arah: str
    jenis: str
    jenis_label: str
    pd_slug: str
    pd_nama: str
    simpul: str  # the other node's id in its own tree ("sasaran-7"), "" when not named
    simpul_nama: str

    def as_json(self) -> dict:
        return {"arah": self.arah, "jenis": self.jenis, "jenis_label": self.jenis_label,
                "pd": {"slug": self.pd_slug, "nama": self.pd_nama}, "simpul": self.simpul,
                "simpul_nama": self.simpul_nama}

    @property
    def catatan(self) -> str:
        """One line of a diagram box: “↔ Kecamatan Kanigaran: Sasaran: Meningkatnya …”."""
        nama = self.simpul_nama if len(self.simpul_nama) <= 60 else f"{self.simpul_nama[:59]}…"
        return f"↔ {self.pd_nama}: {nama}"


@dataclass(frozen=True)
class Simpul:
    id: str  # "program-12", "antara-3", "sasaran_rpjmd-5"
    level: str  # a key of LEVEL_NAMA
    kode: str
    nama: str
    indikator: tuple[IndikatorSimpul, ...] = ()
    pemilik: Pemilik | None = None
    anak: tuple[Simpul, ...] = ()
    antara: bool = False  # an intermediate node typed by the PD (editable), not built from planning
    catatan: str = ""
    juga_mendukung: tuple[str, ...] = ()  # a program's other sasaran (ids), when it supports several
    crosscutting: tuple[TautanCrosscutting, ...] = ()  # accepted links with other PDs' nodes, both directions

    @property
    def pk(self) -> int:
        return int(self.id.rsplit("-", 1)[1])

    @property
    def level_nama(self) -> str:
        return LEVEL_NAMA.get(self.level, self.level)

    @property
    def jenis_simpul(self) -> str:
        """The planning model of a built node ("program"), "antara" for an intermediate one."""
        return "antara" if self.antara else self.level

    @property
    def bisa_dimiliki(self) -> bool:
        """Whether an owner may be set for this built node."""
        return not self.antara and self.level in ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan")

    def as_json(self) -> dict:
        data: dict = {"id": self.id, "level": self.level, "kode": self.kode, "nama": self.nama,
                "indikator": [i.as_json() for i in self.indikator],
                "pemilik": self.pemilik.as_json() if self.pemilik else None,
                "anak": [a.as_json() for a in self.anak],
                "crosscutting": [t.as_json() for t in self.crosscutting]}
        if self.antara:
            data["antara"] = True
            data["catatan"] = self.catatan
        if self.juga_mendukung:
            data["juga_mendukung"] = list(self.juga_mendukung)
        return data

    def telusuri(self, kedalaman: int = 0) -> Iterator[tuple[int, Simpul]]:
        yield kedalaman, self
        for a in self.anak:
            yield from a.telusuri(kedalaman + 1)


@dataclass(frozen=True)
class PohonKinerja:
    unit_slug: str
    unit_nama: str
    pemda_nama: str
    tahun_mulai: int
    tahun_selesai: int
    tahun: int | None  # the year whose program tree is shown; None when the period has no programs yet
    tahun_pilihan: tuple[int, ...]
    akar: tuple[Simpul, ...]
    renstra_id: int = 0
    catatan: tuple[str, ...] = field(default=())

    @property
    def periode(self) -> str:
        return f"{self.tahun_mulai}-{self.tahun_selesai}"

    @property
    def periode_tampil(self) -> str:
        return f"{self.tahun_mulai}–{self.tahun_selesai}"

    @property
    def judul(self) -> str:
        return f"Pohon Kinerja {self.unit_nama} {self.periode_tampil}"

    @property
    def nama_berkas(self) -> str:
        return f"Pohon-Kinerja-{self.unit_slug}-{self.periode}"

    def baris(self) -> list[tuple[int, Simpul]]:
        """Every node in document order with its depth: the indented table."""
        return [row for a in self.akar for row in a.telusuri()]

    def jumlah(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for _, s in self.baris():
            counts[s.level] += 1
        return dict(counts)

    def as_json(self) -> dict:
        return {"jenis": "pohon_kinerja", "unit": {"slug": self.unit_slug, "nama": self.unit_nama},
                "pemda": self.pemda_nama, "periode": self.periode, "tahun_mulai": self.tahun_mulai,
                "tahun_selesai": self.tahun_selesai, "tahun": self.tahun, "tahun_pilihan": list(self.tahun_pilihan),
                "jumlah": self.jumlah(), "catatan": list(self.catatan), "pohon": [a.as_json() for a in self.akar]}


POHON = daftar(JenisDokumen("pohon", "Pohon Kinerja", {
    "docx": "sakip.domain.kaskade.cetak.pohon_docx", "pdf": "sakip.domain.kaskade.cetak.pohon_pdf"}))


def build_pohon(scope: Scope, slug: str, periode: str, tahun: int | None = None) -> PohonKinerja:
    """The pohon kinerja of the PD ``slug`` for its Renstra ``periode`` ("2019-2024"), with the program tree of
    ``tahun`` (default: the period's last year with programs). Fixed number of queries."""
    pd = get_pd(scope, slug)
    renstra = selectors.get_renstra_periode(scope, pd, periode)
    pilihan = selectors.tahun_berprogram(scope, renstra)
    if tahun is None:
        tahun = pilihan[-1] if pilihan else None
    elif tahun not in renstra.tahun:
        raise TidakDitemukan(f"Tahun {tahun} di luar periode Renstra {renstra.tahun_mulai}–{renstra.tahun_selesai}.")
    d = selectors.data_pohon(scope, renstra, tahun)
    akar, catatan = _Penyusun(d, _tautan(selectors.crosscutting_diterima(scope, pd.pk), pd.pk)).akar()
    return PohonKinerja(unit_slug=pd.slug, unit_nama=pd.nama, pemda_nama=pd.pemda.nama,
                        tahun_mulai=renstra.tahun_mulai, tahun_selesai=renstra.tahun_selesai, tahun=tahun,
                        tahun_pilihan=tuple(pilihan), akar=akar, renstra_id=renstra.pk, catatan=catatan)


class _Penyusun:
    """Puts the rows of :class:`~sakip.domain.kaskade.selectors.DataPohon` together as nodes."""

    def __init__(self, d: selectors.DataPohon, tautan: dict[str, list[TautanCrosscutting]] | None = None) -> None:
        self.d = d
        self.tautan = tautan or {}
        self.indikator: dict[str, list[IndikatorSimpul]] = defaultdict(list)
        self.pj: dict[str, Pemilik] = {}
        for ind in d.indikator:
            key = f"{ind.level}-{ind.pemilik_id}"
            targets = list(ind.target.all())
            teks = tampil_target(targets[0].nilai, targets[0].nilai_atas, targets[0].teks, ind.satuan) if targets else "-"
            self.indikator[key].append(IndikatorSimpul(ind.nama, ind.satuan, teks))
            if key not in self.pj:
                for pj in ind.penanggung_jawab.all():
                    self.pj[key] = _pemilik(pj, "penanggung_jawab")
                    break
        for ir in d.indikator_rpjmd:
            rpjmd = list(ir.target.all())
            teks = tampil_target(rpjmd[0].nilai, rpjmd[0].nilai_atas, rpjmd[0].teks, ir.satuan) if rpjmd else "-"
            self.indikator[f"sasaran_rpjmd-{ir.sasaran_id}"].append(IndikatorSimpul(ir.nama, ir.satuan, teks))
        self.ditetapkan = {f"{p.level}-{getattr(p, f'{p.level}_id')}": _pemilik(p, "ditetapkan") for p in d.pemilik}
        self.antara: dict[str, list[SimpulAntara]] = defaultdict(list)
        for a in d.antara:
            self.antara[a.induk_id_simpul].append(a)
        self.kegiatan: dict[int, list] = defaultdict(list)
        for k in d.kegiatan:
            self.kegiatan[k.program_id].append(k)
        self.sub: dict[int, list] = defaultdict(list)
        for s in d.sub_kegiatan:
            self.sub[s.kegiatan_id].append(s)
        self.dipakai: set[int] = set()

    def _pemilik(self, key: str, bawaan: Pemilik | None = None) -> Pemilik | None:
        return self.ditetapkan.get(key) or self.pj.get(key) or bawaan

    def _antara(self, induk: str, jalur: frozenset[int] = frozenset()) -> tuple[Simpul, ...]:
        out = []
        for a in self.antara.get(induk, []):
            if a.pk in jalur:  # a loop stored past the model's check: shown once, never followed
                continue
            self.dipakai.add(a.pk)
            pemilik = _pemilik(a, "ditetapkan") if (a.unit_id or a.jabatan_id) else None
            out.append(Simpul(
                id=f"antara-{a.pk}", level=a.jenis, kode="", nama=a.nama,
                indikator=tuple(IndikatorSimpul(i.nama, i.satuan, i.target or "-") for i in a.indikator.all()),
                pemilik=pemilik, anak=self._antara(f"antara-{a.pk}", jalur | {a.pk}), antara=True,
                catatan=a.catatan, crosscutting=tuple(self.tautan.get(f"antara-{a.pk}", ()))))
        return tuple(out)

    def _simpul(self, level: str, row, kode: str, nama: str, anak: tuple[Simpul, ...],
                bawaan: Pemilik | None = None, **extra) -> Simpul:
        key = f"{level}-{row.pk}"
        return Simpul(id=key, level=level, kode=kode, nama=nama, indikator=tuple(self.indikator.get(key, [])),
                      pemilik=self._pemilik(key, bawaan), anak=self._antara(key) + anak,
                      crosscutting=tuple(self.tautan.get(key, ())), **extra)

    def _program(self, p, sasaran_lain: tuple[str, ...]) -> Simpul:
        kegiatan = tuple(
            self._simpul("kegiatan", k, k.kode, k.nama, tuple(
                self._simpul("sub_kegiatan", s, s.kode, s.nama, ()) for s in self.sub.get(k.pk, [])))
            for k in self.kegiatan.get(p.pk, []))
        return self._simpul("program", p, p.kode, p.nama, kegiatan, juga_mendukung=sasaran_lain)

    def akar(self) -> tuple[tuple[Simpul, ...], tuple[str, ...]]:
        d = self.d
        urutan_sasaran = [s.pk for s in d.sasaran]
        program_di: dict[int, list[Simpul]] = defaultdict(list)
        lepas: list[Simpul] = []
        for p in d.program:
            ids = [pk for pk in urutan_sasaran if pk in {s.pk for s in p.sasaran.all()}]
            node = self._program(p, tuple(f"sasaran-{pk}" for pk in ids[1:]))
            (program_di[ids[0]] if ids else lepas).append(node)
        camat = Pemilik(d.pimpinan.nama, "jabatan", d.pimpinan.pk, "pimpinan") if d.pimpinan else None
        sasaran_di: dict[int, list] = defaultdict(list)
        for s in d.sasaran:
            sasaran_di[s.tujuan_id].append(s)
        kelompok: dict[int | None, list[Simpul]] = {}
        rpjmd: dict[int, object] = {}
        for t in d.tujuan:
            sasaran = sasaran_di.get(t.pk, [])
            anak = tuple(self._simpul("sasaran", s, "", s.nama, tuple(program_di.get(s.pk, [])), camat)
                         for s in sasaran)
            node = self._simpul("tujuan", t, "", t.nama, anak, camat)
            induk = next((s.sasaran_rpjmd for s in sasaran if s.sasaran_rpjmd_id), None)
            if induk is not None:
                rpjmd[induk.pk] = induk
            kelompok.setdefault(induk.pk if induk is not None else None, []).append(node)
        kepala = (Pemilik(d.kepala_daerah.nama, "jabatan", d.kepala_daerah.pk, "kepala_daerah")
                  if d.kepala_daerah else None)
        akar = []
        for key, nodes in kelompok.items():
            if key is None:
                continue
            sr = rpjmd[key]
            akar.append(Simpul(id=f"sasaran_rpjmd-{key}", level="sasaran_rpjmd", kode="", nama=sr.nama,  # type: ignore[attr-defined]
                               indikator=tuple(self.indikator.get(f"sasaran_rpjmd-{key}", [])), pemilik=kepala,
                               anak=tuple(nodes)))
        catatan = []
        if None in kelompok:
            akar.append(Simpul(id="kelompok-1", level="kelompok", kode="", nama="Belum ditautkan ke sasaran RPJMD",
                               anak=tuple(kelompok[None])))
            catatan.append("Sebagian tujuan belum ditautkan ke sasaran RPJMD (lewat sasarannya).")
        if lepas:
            akar.append(Simpul(id="kelompok-2", level="kelompok", kode="", nama="Program belum ditautkan ke sasaran",
                               anak=tuple(lepas)))
            catatan.append(f"{len(lepas)} program tahun {d.tahun} belum mendukung sasaran Renstra ini.")
        sisa = [a for a in d.antara if a.pk not in self.dipakai]
        if sisa:  # under a node of another year's program tree: listed, so nothing typed disappears
            akar.append(Simpul(id="kelompok-3", level="kelompok", kode="",
                               nama="Simpul antara di bawah program tahun lain",
                               anak=tuple(Simpul(id=f"antara-{a.pk}", level=a.jenis, kode="", nama=a.nama, antara=True,
                                                 catatan=a.catatan) for a in sisa)))
        if d.tahun is None:
            catatan.append("Periode ini belum memiliki program; pohon berhenti pada sasaran.")
        return tuple(akar), tuple(catatan)


def _pemilik(row, sumber: str) -> Pemilik:
    """The owner named by a row with ``unit``/``jabatan`` (a penanggung jawab, a PemilikSimpul, a SimpulAntara)."""
    if row.jabatan_id:
        return Pemilik(row.jabatan.nama, "jabatan", row.jabatan_id, sumber)
    return Pemilik(str(row.unit), "unit", row.unit_id, sumber)


def _tautan(rows: list[Crosscutting], pd_id: int) -> dict[str, list[TautanCrosscutting]]:
    """The accepted links of the PD ``pd_id`` by the id of its node (asked from it, or accepted on it)."""
    out: dict[str, list[TautanCrosscutting]] = defaultdict(list)
    for c in rows:
        if c.pd_id == pd_id:
            key, pd, simpul, nama, arah = c.simpul_id, c.pd_tujuan, c.simpul_ke_id, c.simpul_ke_label, "keluar"
        else:
            key, pd, simpul, nama, arah = c.simpul_ke_id, c.pd, c.simpul_id, c.simpul_label, "masuk"
        if key:
            out[key].append(TautanCrosscutting(arah=arah, jenis=c.jenis, jenis_label=c.get_jenis_display(),
                                               pd_slug=pd.slug, pd_nama=pd.nama, simpul=simpul, simpul_nama=nama))
    return out
