"""The IKU document as one computed structure.

``build_iku`` reads the IKU of a PD in force in a year and returns an ``IkuDokumen``: frozen
dataclasses holding every value *and* every display string the document shows. The screen page,
the Word file, the PDF and the JSON all render this one object, so they cannot disagree.

Layout follows seed 000 (IKU Kecamatan Wonoasih 2026–2027): heading, an "Instansi / Tujuan /
Indikator Tujuan / Sasaran / Indikator Sasaran / Tugas / Fungsi" block, the IKU table
(kinerja utama, indikator, formulasi/definisi operasional, sumber data, penanggung jawab) and the
target table; the signature block of seed 003 when the IKU has a date of penetapan.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd, pimpinan_pada
from sakip.domain.planning import selectors
from sakip.domain.planning.models import Iku, IkuEntri, Tujuan
from sakip.rumus.angka import format_angka, plain_number


@dataclass(frozen=True)
class IkuTarget:
    tahun: int
    nilai: Decimal | None
    teks: str  # as the document prints it: "94,12", "85,91%", "B (63,00)", "-" when none


@dataclass(frozen=True)
class IkuIndikator:
    no: int
    nama: str
    tujuan: str
    sasaran: str
    kinerja_utama: str
    satuan: str
    polaritas: str
    akumulasi: str
    definisi: str
    formula: str
    pembilang: str
    penyebut: str
    sumber_data: str
    penanggung_jawab: tuple[str, ...]
    target: tuple[IkuTarget, ...]

    @property
    def uraian(self) -> tuple[str, ...]:
        """The "formulasi perhitungan/definisi operasional" cell, one paragraph per part."""
        parts = [("Definisi Operasional", self.definisi), ("Formulasi Perhitungan", self.formula),
                 ("Pembilang", self.pembilang), ("Penyebut", self.penyebut)]
        return tuple(f"{label} : {text}" for label, text in parts if text)


@dataclass(frozen=True)
class IkuIndikatorTujuan:
    """An indicator of a tujuan shown by the IKU (from the Renstra, whether or not it is an IKU row)."""

    tujuan: str
    nama: str
    formula: str
    di_iku: bool = False  # also an IKU row, whose formula the IKU table already shows


@dataclass(frozen=True)
class IkuKelompok:
    """Consecutive rows sharing one kinerja utama: the document numbers and merges them as one."""

    no: int
    kinerja_utama: str
    indikator: tuple[IkuIndikator, ...]


@dataclass(frozen=True)
class Penetapan:
    tempat: str
    tanggal: datetime.date
    tanggal_teks: str
    jabatan: str
    nama: str
    nip: str
    pangkat: str


@dataclass(frozen=True)
class IkuDokumen:
    unit_slug: str
    unit_nama: str
    pemda_nama: str
    periode: str
    tahun: tuple[int, ...]
    tugas: tuple[str, ...]
    fungsi: tuple[str, ...]
    tujuan: tuple[str, ...]
    indikator_tujuan: tuple[str, ...]
    sasaran: tuple[str, ...]
    indikator_sasaran: tuple[str, ...]
    kelompok: tuple[IkuKelompok, ...]
    penetapan: Penetapan | None
    indikator_tujuan_rinci: tuple[IkuIndikatorTujuan, ...] = ()
    alamat: str = ""  # the PD's address and the pemda's capital, for the cover
    ibukota: str = ""
    sampul: bool = False  # print a cover page first (seed 001 has one; the other IKU seeds do not)

    def dengan_sampul(self) -> IkuDokumen:
        return replace(self, sampul=True)

    @property
    def sampul_baris(self) -> tuple[str, ...]:
        """The cover as seed 001 sets it: the period, "IKU", its name in full, the PD and its address."""
        alamat = " ".join(part for part in (self.alamat, self.ibukota.upper()) if part)
        return tuple(line for line in (f"TAHUN {self.periode}", "IKU", "Indikator Kinerja Utama",
                                       self.unit_nama.upper(), alamat) if line)

    @property
    def ada_target(self) -> bool:
        """Whether any IKU row has a target: without one the document says so instead of a table of dashes."""
        return any(t.nilai is not None for row in self.indikator for t in row.target)

    @property
    def formula_tujuan(self) -> bool:
        """Whether a tujuan indicator has a formula: then the "Indikator Kinerja Tujuan" table shows them."""
        return any(row.formula and not row.di_iku for row in self.indikator_tujuan_rinci)

    @property
    def judul(self) -> tuple[str, ...]:
        return ("INDIKATOR KINERJA UTAMA (IKU)", f"{self.unit_nama} {self.pemda_nama}".upper(),
                f"TAHUN {self.periode}")

    @property
    def identitas(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The "Instansi / Tujuan / ... / Fungsi" block above the tables; a row with nothing to show is left out
        (a document prints no "Tugas : -")."""
        rows = (
            ("Instansi", (self.unit_nama,)),
            ("Tujuan", bernomor(self.tujuan)),
            ("Indikator Tujuan", bernomor(self.indikator_tujuan)),
            ("Sasaran", bernomor(self.sasaran)),
            ("Indikator Sasaran", bernomor(self.indikator_sasaran)),
            ("Tugas", self.tugas),
            ("Fungsi", self.fungsi),
        )
        return tuple((label, lines) for label, lines in rows if lines)

    @property
    def tanpa_target_teks(self) -> str:
        return f"Dokumen IKU ini tidak memuat target kinerja tahun {self.periode}."

    @property
    def indikator(self) -> tuple[IkuIndikator, ...]:
        return tuple(row for kelompok in self.kelompok for row in kelompok.indikator)

    @property
    def nama_berkas(self) -> str:
        return f"IKU-{self.unit_slug}-{self.periode.replace('–', '-')}"

    def as_json(self) -> dict:
        """The structure as JSON-ready data; numbers are JSON numbers."""
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama, "pemda": self.pemda_nama},
            "periode": self.periode,
            "tahun": list(self.tahun),
            "tugas": list(self.tugas),
            "fungsi": list(self.fungsi),
            "tujuan": list(self.tujuan),
            "indikator_tujuan": list(self.indikator_tujuan),
            "indikator_tujuan_rinci": [{"tujuan": r.tujuan, "nama": r.nama, "formula": r.formula}
                                       for r in self.indikator_tujuan_rinci],
            "sasaran": list(self.sasaran),
            "indikator_sasaran": list(self.indikator_sasaran),
            "indikator": [_indikator_json(row) for row in self.indikator],
            "penetapan": _penetapan_json(self.penetapan),
        }


def _indikator_json(row: IkuIndikator) -> dict:
    return {
        "no": row.no,
        "nama": row.nama,
        "tujuan": row.tujuan,
        "sasaran": row.sasaran,
        "kinerja_utama": row.kinerja_utama,
        "satuan": row.satuan,
        "polaritas": row.polaritas,
        "akumulasi": row.akumulasi,
        "definisi": row.definisi,
        "formula": row.formula,
        "pembilang": row.pembilang,
        "penyebut": row.penyebut,
        "sumber_data": row.sumber_data,
        "penanggung_jawab": "; ".join(row.penanggung_jawab),
        "penanggung_jawab_daftar": list(row.penanggung_jawab),
        "target": {str(t.tahun): plain_number(t.nilai) for t in row.target if t.nilai is not None},
        "target_teks": {str(t.tahun): t.teks for t in row.target if t.nilai is not None},
    }


def _penetapan_json(penetapan: Penetapan | None) -> dict | None:
    if penetapan is None:
        return None
    return {
        "tempat": penetapan.tempat,
        "tanggal": penetapan.tanggal.isoformat(),
        "tanggal_teks": penetapan.tanggal_teks,
        "jabatan": penetapan.jabatan,
        "nama": penetapan.nama,
        "nip": penetapan.nip,
        "pangkat": penetapan.pangkat,
    }


def bernomor(items: tuple[str, ...]) -> tuple[str, ...]:
    """``("1. a", "2. b")`` for several items, the item alone for one (as seed 000 writes them)."""
    if len(items) <= 1:
        return tuple(items)
    return tuple(f"{n}. {item}" for n, item in enumerate(items, start=1))


# --- building --------------------------------------------------------------------------------------

IKU = daftar(JenisDokumen("iku", "Indikator Kinerja Utama", {
    "docx": "sakip.domain.planning.cetak.iku_docx", "pdf": "sakip.domain.planning.cetak.iku_pdf"}))


def build_iku(scope: Scope, slug: str, tahun: int) -> IkuDokumen:
    """The IKU of PD ``slug`` in force in ``tahun``, as ``scope`` may see it. Seven queries (six without a date
    of penetapan), whatever the number of rows."""
    pd = get_pd(scope, slug)
    iku = selectors.iku_berlaku(scope, pd, tahun)
    if iku is None:
        raise TidakDitemukan(f"{pd.nama} tidak memiliki IKU untuk tahun {tahun}.")  # linked only when it exists
    entri = list(iku.entri.all())
    rows = [_row(no, e, iku.tahun) for no, e in enumerate(entri, start=1)]
    # The indicators of the tujuan the IKU shows, from the Renstra (an IKU row of tujuan level is among them),
    # in the IKU's order of tujuan.
    urutan = {pk: n for n, pk in enumerate(dict.fromkeys(_tujuan_of(e).pk for e in entri))}
    di_iku = {e.indikator_id for e in entri}
    rinci = [IkuIndikatorTujuan(i.tujuan.nama if i.tujuan else "", i.nama, i.formula, i.pk in di_iku)
             for i in sorted(selectors.indikator_tujuan(scope, urutan), key=lambda i: urutan.get(i.tujuan_id or 0, 0))]
    return IkuDokumen(
        unit_slug=pd.slug,
        unit_nama=pd.nama,
        pemda_nama=pd.pemda.nama,
        periode=iku.periode,
        tahun=tuple(iku.tahun),
        tugas=tuple(pd.tugas_butir),
        fungsi=tuple(pd.fungsi_butir),
        tujuan=_unique(_tujuan_of(e).nama for e in entri),
        indikator_tujuan=_unique([*(r.nama for r in rinci),
                                  *(e.indikator.nama for e in entri if e.indikator.level == "tujuan")]),
        sasaran=_unique(e.indikator.sasaran.nama for e in entri
                        if e.indikator.level == "sasaran" and e.indikator.sasaran is not None),
        indikator_sasaran=_unique(e.indikator.nama for e in entri if e.indikator.level == "sasaran"),
        kelompok=_kelompok(rows),
        penetapan=_penetapan(scope, pd, iku),
        indikator_tujuan_rinci=tuple(rinci),
        alamat=pd.alamat,
        ibukota=pd.pemda.ibukota,
    )


def _tujuan_of(entri: IkuEntri) -> Tujuan:
    """The tujuan an IKU row is shown under: its kelompok, else its indicator's own (or its sasaran's)."""
    if entri.kelompok_tujuan_id and entri.kelompok_tujuan is not None:
        return entri.kelompok_tujuan
    indikator = entri.indikator
    if indikator.level == "tujuan" and indikator.tujuan is not None:
        return indikator.tujuan
    if indikator.sasaran is not None:
        return indikator.sasaran.tujuan
    raise ValueError(f"IKU memuat indikator tujuan atau sasaran, bukan “{indikator}”.")


def _row(no: int, entri: IkuEntri, tahun: list[int]) -> IkuIndikator:
    indikator = entri.indikator
    by_year = {t.tahun: t for t in indikator.target.all()}
    return IkuIndikator(
        no=no,
        nama=indikator.nama,
        tujuan=_tujuan_of(entri).nama,
        sasaran=indikator.sasaran.nama if indikator.level == "sasaran" and indikator.sasaran is not None else "",
        kinerja_utama=indikator.kinerja_utama_tampil,
        satuan=indikator.satuan,
        polaritas=indikator.polaritas,
        akumulasi=indikator.akumulasi,
        definisi=indikator.definisi,
        formula=indikator.formula,
        pembilang=indikator.formula_pembilang,
        penyebut=indikator.formula_penyebut,
        sumber_data=indikator.sumber_data,
        penanggung_jawab=tuple(pj.nama for pj in indikator.penanggung_jawab.all()),
        target=tuple(_target(year, by_year.get(year), indikator.satuan) for year in tahun),
    )


def _target(tahun: int, target, satuan: str) -> IkuTarget:
    if target is None:
        return IkuTarget(tahun, None, "-")
    teks = target.teks or f"{format_angka(target.nilai)}{'%' if satuan == '%' else ''}"
    return IkuTarget(tahun, target.nilai, teks)


def _kelompok(rows: list[IkuIndikator]) -> tuple[IkuKelompok, ...]:
    groups: list[list[IkuIndikator]] = []
    for row in rows:
        if groups and (groups[-1][0].kinerja_utama, groups[-1][0].tujuan) == (row.kinerja_utama, row.tujuan):
            groups[-1].append(row)
        else:
            groups.append([row])
    return tuple(IkuKelompok(no, group[0].kinerja_utama, tuple(group)) for no, group in enumerate(groups, start=1))


def _penetapan(scope: Scope, pd: PerangkatDaerah, iku: Iku) -> Penetapan | None:
    """Who signed: the holder of the PD's pimpinan post on the date of penetapan."""
    if iku.tanggal is None:
        return None
    masa = pimpinan_pada(scope, pd=pd, tanggal=iku.tanggal)
    return Penetapan(
        tempat=iku.tempat,
        tanggal=iku.tanggal,
        tanggal_teks=tanggal_teks(iku.tanggal),
        jabatan=masa.judul_jabatan if masa else "",
        nama=masa.pejabat.nama if masa else "",
        nip=masa.pejabat.nip_tampil if masa else "",
        pangkat=masa.pejabat.pangkat if masa else "",
    )


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
