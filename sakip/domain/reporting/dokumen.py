"""The LKjIP of a PD-year as one computed structure: the figures of Bab III and Tabel 3.26, the profile,
Renstra, PK and quarterly measurements it prints, and the facts its consistency checks read.

Every figure comes from data already held: targets (Renstra, PK in force at year end), annual
realisations (explicit, else TW IV), budgets and spending of the TW IV measurement, the SKM. The
capaian, category, serapan, budget share and efisiensi come from :mod:`sakip.rumus.capaian`. The checks
are a pure function of this structure (:mod:`.cek`); sections for Word, PDF and Excel come from
:mod:`.naskah`, the files from :mod:`.cetak`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.domain.agreement.dokumen import DokumenPk, Pihak, build_pk
from sakip.domain.agreement.selectors import janji_pk, nama_jenjang, pk_berlaku, pohon_tahun
from sakip.domain.measurement.dokumen import (
    Nilai,
    Pengukuran,
    build_pengukuran,
    build_pengukuran_tahun,
    kinerja,
    persen_json,
    tahunan,
    tampil,
    target_berlaku,
)
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd, pimpinan_pada
from sakip.domain.planning.models import Indikator, Program, Tujuan
from sakip.domain.profil.selectors import ProfilDokumen, profil_dokumen
from sakip.domain.reporting import selectors
from sakip.domain.reporting.cek import Cek, periksa
from sakip.domain.survey.dokumen import ikm_periode
from sakip.rumus import capaian as rumus
from sakip.rumus.angka import format_angka, plain_number
from sakip.rumus.capaian import Peran

LKJIP = daftar(JenisDokumen("lkjip", "Laporan Kinerja Instansi Pemerintah (LKjIP)", {
    "docx": "sakip.domain.reporting.cetak.lkjip_docx", "pdf": "sakip.domain.reporting.cetak.lkjip_pdf",
    "xlsx": "sakip.domain.reporting.cetak.lkjip_xlsx"}))


@dataclass(frozen=True)
class Anggaran:
    pagu: Decimal
    realisasi: Decimal
    serapan: rumus.Hasil
    porsi: rumus.Hasil | None = None

    @property
    def sisa(self) -> Decimal:
        return self.pagu - self.realisasi

    def as_json(self) -> dict:
        out = {"pagu": plain_number(self.pagu), "realisasi": plain_number(self.realisasi),
               "serapan_persen": persen_json(self.serapan)}
        if self.porsi is not None:
            out["porsi_persen"] = persen_json(self.porsi)
        return out


@dataclass(frozen=True)
class IkmSkm:
    """The IKM the SKM answers give for the latest period of the year, beside the one entered by hand."""

    periode: str
    nilai: Decimal


@dataclass(frozen=True)
class IndikatorLkjip:
    """A sasaran indicator in Bab III. Every figure is a :class:`Nilai`: the number computed on and the text
    every table prints (a range ``80–90``, a grade ``BB (75,00)``, a percentage with its ``%``)."""

    nama: str
    satuan: str
    target_renstra: Nilai
    target: Nilai  # the target in force at year end: the PK's, else the Renstra's
    target_sumber: str
    realisasi: Nilai  # the year's: explicit, else s.d. TW IV by the indicator's aggregation
    realisasi_sumber: str
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    realisasi_tahun_lalu: Nilai
    target_akhir_renstra: Nilai
    target_tahun_lalu: Nilai
    kemajuan: rumus.Hasil  # realisasi against the end-of-Renstra target
    anggaran: Anggaran
    efisiensi: rumus.Hasil
    indikator_id: int = 0
    analisis: tuple[str, str, str] = ("", "", "")  # penyebab, solusi, langkah: as written, else a draft
    analisis_draf: bool = True
    sumber_data: str = ""  # where the realisation comes from (the indicator's data source, Rekap Capaian)
    # Facts the checks read (sakip.domain.reporting.cek):
    realisasi_tw4: Decimal | None = None  # the value s.d. TW IV, beside an explicit annual one
    realisasi_eksplisit: bool = False  # the year's realisation was set explicitly (realisasi_sumber says how)
    ada_bukti: bool = False  # the realisation has at least one evidence file
    ikm_skm: IkmSkm | None = None  # for the IKM indicator entered by hand: what the SKM gives


@dataclass(frozen=True)
class SasaranLkjip:
    nama: str
    program: tuple[str, ...]
    indikator: tuple[IndikatorLkjip, ...]
    # Bab III (h): the programs supporting the sasaran with their kegiatan and sub kegiatan (one line per lokasi),
    # as (level, name) in the order of Tabel 3.26.
    dukungan: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class IndikatorRenstra:
    nama: str
    satuan: str
    rumus: str
    kondisi_awal: str
    target: tuple[tuple[int, str], ...]  # (tahun, target as written) for every year of the Renstra


@dataclass(frozen=True)
class SasaranRenstra:
    nama: str
    indikator: tuple[IndikatorRenstra, ...]
    strategi: str
    kebijakan: str
    program: tuple[str, ...]


@dataclass(frozen=True)
class TujuanRenstra:
    nama: str
    indikator: tuple[IndikatorRenstra, ...]
    sasaran: tuple[SasaranRenstra, ...]


@dataclass(frozen=True)
class RenstraLkjip:
    tahun_mulai: int
    tahun_selesai: int
    tahun_kondisi_awal: int | None
    tujuan: tuple[TujuanRenstra, ...]


@dataclass(frozen=True)
class SasaranPohon:
    """One sasaran of the pohon kinerja as Bab II summarises it: what hangs below it in the year's tree."""

    nama: str
    program: int
    kegiatan: int
    sub_kegiatan: int
    antara: int  # intermediate nodes (sasaran program / kegiatan / sub kegiatan)
    pemilik: tuple[str, ...]  # the owners of the nodes below it, each once, in the tree's order

    def as_json(self) -> dict:
        return {"nama": self.nama, "program": self.program, "kegiatan": self.kegiatan,
                "sub_kegiatan": self.sub_kegiatan, "simpul_antara": self.antara, "pemilik": list(self.pemilik)}


@dataclass(frozen=True)
class PohonLkjip:
    """What Bab II cites of the pohon kinerja (``kaskade.dokumen.build_pohon``) of the Renstra covering the year,
    with the year's program tree, and the posts with a PK berjenjang of the year."""

    periode: str  # "2019-2024", as ``sakip pohon --period`` takes it
    tahun: int
    berkas: str  # the pohon kinerja document's name, as ``sakip pohon`` writes it (without the extension)
    sasaran: tuple[SasaranPohon, ...]
    jenjang: tuple[str, ...]

    def as_json(self) -> dict:
        return {"periode": self.periode, "tahun": self.tahun, "berkas": self.berkas,
                "sasaran": [s.as_json() for s in self.sasaran], "jenjang": list(self.jenjang)}


@dataclass(frozen=True)
class BelanjaTanpaRincian:
    """Spending a quarter reported only as a total, without budget lines."""

    triwulan: int
    nilai: Decimal
    keterangan: str


@dataclass(frozen=True)
class Lkjip:
    unit_slug: str
    unit_nama: str
    tahun: int
    anggaran: Anggaran
    sasaran: tuple[SasaranLkjip, ...]
    program: tuple[dict, ...]  # Tabel 3.26: program → kegiatan → sub kegiatan (→ lokasi), as its JSON
    pemda_nama: str
    alamat: str
    kontak: str
    tanggal: datetime.date | None  # the report date (None: not entered)
    tempat: str
    penandatangan: Pihak | None  # the head of the PD on ``tanggal`` (else at year end)
    profil: ProfilDokumen
    renstra: RenstraLkjip | None
    pk: DokumenPk | None  # every version of the year
    pk_akhir: tuple[int, Decimal] | None  # (version, budget total) of the PK in force at year end
    triwulan: tuple[Pengukuran, ...]  # TW I–IV
    skala: rumus.SkalaKategori
    tanpa_rincian: tuple[BelanjaTanpaRincian, ...] = ()
    pohon: PohonLkjip | None = None  # Bab II's pohon kinerja (None: no Renstra covers the year, or not read)

    @property
    def nama_berkas(self) -> str:
        return f"LKjIP-{self.unit_slug}-{self.tahun}"

    @property
    def checks(self) -> tuple[Cek, ...]:
        """What does not add up (:func:`sakip.domain.reporting.cek.periksa`); listed, never blocking."""
        return periksa(self)

    def as_json(self) -> dict:
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama},
            "tahun": self.tahun,
            "anggaran": {**self.anggaran.as_json(), "sisa": plain_number(self.anggaran.sisa)},
            "sasaran": [{"nama": s.nama, "program": list(s.program),
                         "dukungan": [{"level": level, "nama": nama} for level, nama in s.dukungan], "indikator": [{
                "nama": i.nama, "satuan": i.satuan, "target_renstra": plain_number(i.target_renstra.nilai),
                "target": plain_number(i.target.nilai), "target_teks": i.target.teks, "target_sumber": i.target_sumber,
                "realisasi": plain_number(i.realisasi.nilai), "realisasi_teks": i.realisasi.teks,
                "realisasi_sumber": i.realisasi_sumber,
                "capaian_persen": persen_json(i.capaian), "kategori": i.kategori.nama if i.kategori else None,
                "realisasi_tahun_lalu": plain_number(i.realisasi_tahun_lalu.nilai),
                "target_akhir_renstra": plain_number(i.target_akhir_renstra.nilai),
                "kemajuan_persen": persen_json(i.kemajuan),
                "anggaran": i.anggaran.as_json(), "efisiensi_persen": persen_json(i.efisiensi),
                "analisis": {"penyebab": i.analisis[0], "solusi": i.analisis[1], "langkah": i.analisis[2],
                             "draf": i.analisis_draf},
                "sumber_data": i.sumber_data,
            } for i in s.indikator]} for s in self.sasaran],
            "program": list(self.program),
            "checks": [{"kode": c.kode, "pesan": c.pesan, "lokasi": c.lokasi} for c in self.checks],
            "pemda": self.pemda_nama,
            "tanggal": self.tanggal.isoformat() if self.tanggal else None,
            "tempat": self.tempat,
            "penandatangan": self.penandatangan.as_json() if self.penandatangan else None,
            "profil": _profil_json(self.profil),
            "renstra": _renstra_json(self.renstra) if self.renstra else None,
            "pk": self.pk.as_json() if self.pk else None,
            "pohon_kinerja": self.pohon.as_json() if self.pohon else None,
            "triwulan": [p.as_json() for p in self.triwulan],
        }


def _profil_json(p: ProfilDokumen) -> dict:
    return {
        "ada": p.ada,
        "uraian": [{"judul": u.judul, "bagian": u.bagian, "paragraf": list(u.paragraf), "tabel": [{
            "judul": t.judul, "kepala": list(t.tabel.kepala), "baris": [list(r) for r in t.tabel.baris],
            "jumlah": list(t.tabel.jumlah) if t.tabel.jumlah else None, "sumber": t.sumber} for t in u.tabel]}
            for u in p.uraian],
        "kewenangan": [{"bidang": k.bidang, "subbidang": k.subbidang, "rincian": k.rincian,
                        "tahun_lalu": k.tahun_lalu, "tahun_ini": k.tahun_ini} for k in p.kewenangan],
        "isu_strategis": [{"urusan": u, "permasalahan": m, "isu": i} for u, m, i in p.isu_strategis],
    }


def _renstra_json(r: RenstraLkjip) -> dict:
    def ind(i: IndikatorRenstra) -> dict:
        return {"nama": i.nama, "satuan": i.satuan, "rumus": i.rumus, "kondisi_awal": i.kondisi_awal,
                "target": {str(t): teks for t, teks in i.target}}

    return {"tahun_mulai": r.tahun_mulai, "tahun_selesai": r.tahun_selesai, "tujuan": [{
        "nama": t.nama, "indikator": [ind(i) for i in t.indikator], "sasaran": [{
            "nama": s.nama, "indikator": [ind(i) for i in s.indikator], "program": list(s.program)}
            for s in t.sasaran]} for t in r.tujuan]}


# --- building --------------------------------------------------------------------------------------------


def build_lkjip(scope: Scope, slug: str, tahun: int, *, pohon: bool = False) -> Lkjip:
    """The LKjIP of PD ``slug`` for ``tahun``, as ``scope`` may see it; a fixed number of queries. ``pohon``: with
    Bab II's pohon kinerja (:func:`pohon_lkjip`, the tree's queries and two more) — the report's screen, files,
    command and API ask for it; the dashboards, built on this structure, print no Bab II and leave it out."""
    pd = get_pd(scope, slug)
    triwulan = build_pengukuran_tahun(scope, slug, tahun)  # raises for a year without programs
    tw4 = triwulan[-1]
    susun = _Susun(scope, pd, tahun, tw4)
    profil = profil_dokumen(scope, pd, tahun)
    try:
        pk = build_pk(scope, slug, tahun)
    except TidakDitemukan:
        pk = None
    kontak = "; ".join(x for x in (f"Telp. {pd.telepon}" if pd.telepon else "",
                                   f"Email: {pd.email}" if pd.email else "") if x)
    return Lkjip(
        pd.slug, pd.nama, tahun, susun.total, tuple(susun.sasaran(selectors.indikator_sasaran(scope, pd, tahun))),
        tuple(susun.tree), pemda_nama=pd.pemda.nama, alamat=pd.alamat, kontak=kontak,
        tanggal=profil.tanggal, tempat=profil.tempat or pd.pemda.ibukota,
        penandatangan=_penandatangan(scope, pd, profil.tanggal or datetime.date(tahun, 12, 31)), profil=profil,
        renstra=_renstra(scope, pd, tahun, susun.programs), pk=pk, pk_akhir=susun.pk_akhir, triwulan=triwulan,
        skala=susun.skala, tanpa_rincian=tuple(BelanjaTanpaRincian(b.triwulan, b.nilai, b.keterangan)
                                              for b in selectors.belanja_tanpa_rincian(scope, pd, tahun)),
        pohon=pohon_lkjip(scope, pd, tahun) if pohon else None)


def pohon_lkjip(scope: Scope, pd: PerangkatDaerah, tahun: int) -> PohonLkjip | None:
    """Bab II's summary of the pohon kinerja of ``tahun``: per sasaran of the tree, the programs, kegiatan, sub
    kegiatan and intermediate nodes below it and their owners (programs of the year supporting no sasaran as a
    last row, as the tree groups them); the posts with a PK berjenjang of the year. None without a Renstra."""
    dok = pohon_tahun(scope, pd, tahun)
    if dok is None:
        return None
    rows = []
    for _, node in dok.baris():
        if node.level == "sasaran" or node.id == "kelompok-2":  # a sasaran; "Program belum ditautkan ke sasaran"
            bawah = [n for _, n in node.telusuri()][1:]
            pemilik = dict.fromkeys(n.pemilik.nama for n in bawah if n.pemilik is not None)
            jumlah = {level: sum(1 for n in bawah if n.level == level and not n.antara)
                      for level in ("program", "kegiatan", "sub_kegiatan")}
            rows.append(SasaranPohon(node.nama, jumlah["program"], jumlah["kegiatan"], jumlah["sub_kegiatan"],
                                     sum(1 for n in bawah if n.antara), tuple(pemilik)))
    return PohonLkjip(dok.periode, tahun, dok.nama_berkas, tuple(rows), tuple(nama_jenjang(scope, pd, tahun)))


def build_indikator_lkjip(scope: Scope, slug: str, tahun: int, indikator_id: int) -> IndikatorLkjip:
    """One sasaran indicator's row of Bab III (the analysis page needs no more), by the same rules."""
    pd = get_pd(scope, slug)
    rows = selectors.indikator_sasaran(scope, pd, tahun, indikator_id)
    if not rows:
        raise TidakDitemukan("Indikator ini bukan indikator sasaran tahun tersebut.")
    tw4 = build_pengukuran(scope, slug, tahun, 4)
    return _Susun(scope, pd, tahun, tw4).sasaran(rows)[0].indikator[0]


def _penandatangan(scope: Scope, pd: PerangkatDaerah, tanggal: datetime.date) -> Pihak | None:
    m = pimpinan_pada(scope, pd=pd, tanggal=tanggal)
    if m is None:
        return None
    return Pihak(nama=m.pejabat.nama, jabatan=m.judul_jabatan, nip=m.pejabat.nip_tampil, pangkat=m.pejabat.pangkat)


class _Susun:
    """Builds the rows of Bab III: reads what every sasaran indicator needs once, then one row per indicator."""

    def __init__(self, scope: Scope, pd: PerangkatDaerah, tahun: int, tw4: Pengukuran) -> None:
        self.scope, self.pd, self.tahun = scope, pd, tahun
        self.programs: list[Program] = selectors.program_tahun(scope, pd, tahun)
        self.tree = _program_tree(tw4)
        self.program_rows = {b.kode: b for b in tw4.baris if b.level == "program" and b.pagu is not None}
        self.total = Anggaran(tw4.pagu, tw4.realisasi_anggaran, rumus.serapan(tw4.realisasi_anggaran, tw4.pagu))
        pk = pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31), anggaran=True)  # the PK in force at year end
        self.pk = pk
        self.janji = janji_pk(pk)
        self.pk_akhir = (pk.nomor, sum((a.nilai for a in pk.anggaran.all()), Decimal(0))) if pk else None
        self.skala = rumus.SKALA[pd.pemda.skala_kategori]
        self.rumus_negatif = pd.pemda.rumus_negatif

    def sasaran(self, indikator: list[Indikator]) -> list[SasaranLkjip]:
        ids = [i.pk for i in indikator]
        self.targets = selectors.target(ids)
        self.isian = selectors.realisasi(ids, self.tahun)
        self.annual = selectors.realisasi_tahunan(ids, self.tahun)
        self.supported = selectors.ada_bukti(self.scope, ids, self.tahun)
        self.written = selectors.analisis(self.scope, ids, self.tahun)
        by_sasaran: dict[int, list[IndikatorLkjip]] = {}
        names: dict[int, tuple[str, list[Program]]] = {}
        for ind in indikator:
            sasaran = ind.sasaran
            assert sasaran is not None  # selectors.indikator_sasaran reads sasaran indicators only
            supporting = [p for p in self.programs if any(s.pk == sasaran.pk for s in p.sasaran.all())]
            by_sasaran.setdefault(sasaran.pk, []).append(self.indikator(ind, supporting))
            names[sasaran.pk] = (sasaran.nama, supporting)
        return [SasaranLkjip(names[sid][0], tuple(p.nama for p in names[sid][1]), tuple(rows),
                             self.dukungan(names[sid][1])) for sid, rows in by_sasaran.items()]

    def dukungan(self, supporting: list[Program]) -> tuple[tuple[str, str], ...]:
        """The supporting programs as Tabel 3.26 lists them: program, its kegiatan, their sub kegiatan (a sub
        kegiatan split by lokasi once per lokasi, "nama (lokasi)", as the seed lists them)."""
        codes = {p.kode for p in supporting}
        lines: list[tuple[str, str]] = []
        for p in self.tree:
            if p["kode"] not in codes:
                continue
            lines.append(("program", p["nama"]))
            for k in p["kegiatan"]:
                lines.append(("kegiatan", k["nama"]))
                for sub in k["sub_kegiatan"]:
                    lines += [("sub_kegiatan", f"{sub['nama']} ({lok['lokasi']})") for lok in sub["lokasi_rincian"]] \
                        or [("sub_kegiatan", sub["nama"])]
        return tuple(lines)

    def _anggaran(self, supporting: list[Program]) -> Anggaran:
        rows = [self.program_rows[p.kode] for p in supporting if p.kode in self.program_rows]
        pagu = sum((r.pagu or Decimal(0) for r in rows), Decimal(0))
        spent = sum((r.realisasi_anggaran or Decimal(0) for r in rows), Decimal(0))
        return Anggaran(pagu, spent, rumus.serapan(spent, pagu), rumus.porsi_anggaran(pagu, self.total.pagu))

    def indikator(self, ind: Indikator, supporting: list[Program]) -> IndikatorLkjip:
        """One indicator's row by the one rule of every reader (:func:`kinerja`, :func:`tahunan`)."""
        tahun = self.tahun
        assert ind.sasaran is not None  # selectors.indikator_sasaran reads sasaran indicators only
        aturan = ind.aturan(self.rumus_negatif)
        anggaran = self._anggaran(supporting)
        renstra = self.targets.get((ind.pk, tahun))
        target, sumber = target_berlaku(ind.pk, self.pk, self.janji, {ind.pk: renstra} if renstra else {})
        explicit = self.annual.get((ind.pk, tahun))
        isian = self.isian.get((ind.pk, tahun), {})
        real, _, hasil, kategori = tahunan(ind, aturan, isian, explicit, target, self.skala)
        last = self.annual.get((ind.pk, tahun - 1))
        last_real = tahunan(ind, aturan, self.isian.get((ind.pk, tahun - 1), {}), last, None, self.skala)[0]
        akhir = self.targets.get((ind.pk, ind.sasaran.tujuan.renstra.tahun_selesai))
        written = self.written.get(ind.pk)
        return IndikatorLkjip(
            nama=ind.nama, satuan=ind.satuan, target_renstra=tampil(renstra, ind.satuan),
            target=tampil(target, ind.satuan), target_sumber=sumber or "Renstra",
            realisasi=real, realisasi_sumber=(explicit.sumber if explicit else "Triwulan IV"),
            capaian=hasil, kategori=kategori, realisasi_tahun_lalu=last_real,
            target_akhir_renstra=tampil(akhir, ind.satuan),
            target_tahun_lalu=tampil(self.targets.get((ind.pk, tahun - 1)), ind.satuan),
            kemajuan=rumus.capaian_aturan(real.nilai, akhir.rumus if akhir else None, aturan),
            anggaran=anggaran, efisiensi=rumus.efisiensi(anggaran.serapan.nilai, hasil.nilai), indikator_id=ind.pk,
            analisis=((written.penyebab, written.solusi, written.langkah) if written
                      else draf_analisis(ind.nama, real, tampil(target, ind.satuan), hasil, kategori, anggaran,
                                         last_real)),
            analisis_draf=written is None, sumber_data=ind.sumber_data,
            realisasi_tw4=kinerja(ind, aturan, isian, target, 4, self.skala).realisasi.nilai,
            realisasi_eksplisit=explicit is not None, ada_bukti=ind.pk in self.supported,
            ikm_skm=self._ikm_skm() if explicit is not None and ind.peran == Peran.IKM else None)

    def _ikm_skm(self) -> IkmSkm | None:
        periode = selectors.periode_skm_terakhir(self.scope, self.pd, self.tahun)
        nilai = ikm_periode(self.scope, periode) if periode else None
        return IkmSkm(periode.nama, nilai) if periode and nilai is not None else None


def draf_analisis(nama: str, real: Nilai, target: Nilai, hasil: rumus.Hasil, kategori, anggaran: Anggaran,
                  tahun_lalu: Nilai | None = None) -> tuple[str, str, str]:
    """A first draft of the analysis (penyebab, solusi, langkah) written from the indicator's own numbers, for
    staff to rewrite with what really happened: each sentence names the indicator and its figures, so no two
    indicators read alike. "Solusi yang telah dilakukan" is left for staff when the target was reached (there is
    nothing a machine can know was done) and points at the gap when it was not."""
    if hasil.nilai is None:
        return (f"Capaian {nama} belum dapat dihitung ({hasil.alasan}).", "",
                f"Melengkapi data realisasi {nama} agar capaiannya dapat diukur.")
    persen = f"{format_angka(hasil.nilai, 2)}%"
    predikat = f" ({kategori.nama.lower()})" if kategori else ""
    arah = "melampaui" if hasil.nilai > 100 else ("memenuhi" if hasil.nilai == 100 else "belum mencapai")
    banding = ""
    if tahun_lalu is not None and tahun_lalu.nilai is not None and real.nilai is not None:
        gerak = ("naik dari" if real.nilai > tahun_lalu.nilai else
                 "turun dari" if real.nilai < tahun_lalu.nilai else "sama dengan")
        banding = f" ({gerak} {tahun_lalu.teks} pada tahun sebelumnya)"
    serapan = (f" Program pendukungnya menyerap {format_angka(anggaran.serapan.nilai, 2)}% anggaran."
               if anggaran.serapan.ada else "")
    penyebab = (f"Realisasi {nama} sebesar {real.teks}{banding} {arah} target {target.teks} dengan capaian "
                f"{persen}{predikat}.{serapan}")
    if hasil.nilai >= 100:
        return (penyebab, "", f"Realisasi sudah mencapai target yang artinya kinerja pada indikator {nama} sudah "
                              "baik dan selanjutnya dipertahankan.")
    selisih = "" if real.nilai is None or target.nilai is None else \
        f" sebesar {format_angka(rumus.bulatkan(abs(target.nilai - real.nilai)).normalize())}" \
        f"{'%' if target.teks.endswith('%') else ''}"
    return (penyebab, f"Menelusuri penyebab selisih{selisih} terhadap target {target.teks} pada kegiatan pendukung.",
            f"Realisasi belum mencapai target (capaian {persen}); kinerja pada indikator {nama} perlu ditingkatkan "
            "pada tahun berikutnya.")


def _renstra(scope: Scope, pd: PerangkatDaerah, tahun: int, programs: list[Program]) -> RenstraLkjip | None:
    """The Renstra in force in ``tahun`` (for Bab II and the Renstra matrix)."""
    renstra, tujuan = selectors.renstra_berlaku(scope, pd, tahun)
    if renstra is None:
        return None
    years = range(renstra.tahun_mulai + (1 if renstra.tahun_kondisi_awal == renstra.tahun_mulai else 0),
                  renstra.tahun_selesai + 1)

    def ind(i: Indikator) -> IndikatorRenstra:
        targets = {t.tahun: t.tampil for t in i.target.all()}
        awal = i.kondisi_awal_teks or (format_angka(i.kondisi_awal) if i.kondisi_awal is not None else "-")
        return IndikatorRenstra(i.nama, i.satuan, i.formula, awal, tuple((y, targets.get(y, "-")) for y in years))

    by_sasaran: dict[int, list[str]] = {}
    for p in programs:
        for s in p.sasaran.all():
            by_sasaran.setdefault(s.pk, []).append(p.nama)

    def tujuan_renstra(t: Tujuan) -> TujuanRenstra:
        return TujuanRenstra(t.nama, tuple(ind(i) for i in sorted(t.indikator.all(), key=lambda i: i.urutan)), tuple(
            SasaranRenstra(s.nama, tuple(ind(i) for i in sorted(s.indikator.all(), key=lambda i: i.urutan)),
                           s.strategi, s.kebijakan, tuple(by_sasaran.get(s.pk, ())))
            for s in sorted(t.sasaran.all(), key=lambda s: (s.urutan, s.pk))))

    return RenstraLkjip(renstra.tahun_mulai, renstra.tahun_selesai, renstra.tahun_kondisi_awal,
                        tuple(tujuan_renstra(t) for t in tujuan))


def _program_tree(tw4: Pengukuran) -> list[dict]:
    """Tabel 3.26: program → kegiatan → sub kegiatan (→ lokasi) with pagu, realisasi and serapan."""
    tree: list[dict] = []
    for b in tw4.baris:
        if b.pagu is None and b.realisasi_anggaran is None:
            continue
        node = {"kode": b.kode, "nama": b.nama, "lokasi": b.lokasi, "pagu": plain_number(b.pagu),
                "realisasi": plain_number(b.realisasi_anggaran), "serapan_persen": persen_json(b.serapan)}
        if b.level == "program":
            tree.append({**node, "kegiatan": []})
        elif b.level == "kegiatan":
            tree[-1]["kegiatan"].append({**node, "sub_kegiatan": []})
        elif b.level == "sub_kegiatan":
            tree[-1]["kegiatan"][-1]["sub_kegiatan"].append({**node, "lokasi_rincian": []})
        else:
            tree[-1]["kegiatan"][-1]["sub_kegiatan"][-1]["lokasi_rincian"].append(node)
    return tree
