"""The Perjanjian Kinerja of a PD-year as one computed structure (every version), and what changed between
versions. Word and PDF render it (:mod:`sakip.domain.agreement.cetak`).

Layout follows seed 002's three PK 2024: the statement with both parties, the signature block
(pihak kedua left, pihak pertama right), then the lampiran with the sasaran/indikator/target table
and the program/anggaran table with its total.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.text import slugify

from sakip.core.galat import BelumSiap, Langkah, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.agreement.models import PerjanjianKinerja, TargetPk
from sakip.domain.agreement.selectors import get_jenjang, pk_versi
from sakip.domain.kaskade.dokumen import LEVEL_NAMA
from sakip.domain.organisation.models import MasaJabatan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Target
from sakip.rumus.angka import format_angka, plain_number
from sakip.rumus.peran import ISI

PERNYATAAN_BAKU = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada "
    "hasil, kami yang bertanda tangan dibawah ini :"
)
JANJI_BAKU = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam "
    "rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
    "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari "
    "perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
)


@dataclass(frozen=True)
class Pihak:
    nama: str
    jabatan: str
    nip: str
    pangkat: str

    def as_json(self) -> dict:
        return {"nama": self.nama, "jabatan": self.jabatan, "nip": self.nip, "pangkat": self.pangkat}


@dataclass(frozen=True)
class IndikatorPk:
    nama: str
    satuan: str
    target: Decimal
    target_teks: str
    target_renstra: Decimal | None
    target_renstra_teks: str
    simpul_antara: bool = False  # the indicator of an intermediate node of the pohon kinerja (PK berjenjang)

    def as_json(self) -> dict:
        data = {"nama": self.nama, "satuan": self.satuan, "target": plain_number(self.target),
                "target_teks": self.target_teks, "target_renstra": plain_number(self.target_renstra)}
        if self.simpul_antara:
            data["simpul_antara"] = True
        return data


@dataclass(frozen=True)
class SasaranPk:
    nama: str
    indikator: tuple[IndikatorPk, ...]


@dataclass(frozen=True)
class ProgramPk:
    kode: str
    nama: str
    anggaran: Decimal
    sumber: str

    @property
    def anggaran_teks(self) -> str:
        return rupiah_pk(self.anggaran)


@dataclass(frozen=True)
class VersiPk:
    nomor: int
    tanggal: datetime.date
    tanggal_teks: str
    tempat: str
    alasan: str
    alasan_label: str
    alasan_teks: str
    dasar_hukum: str
    pernyataan: str
    pihak_pertama: Pihak
    pihak_kedua: Pihak
    sasaran: tuple[SasaranPk, ...]
    program: tuple[ProgramPk, ...]
    total_anggaran: Decimal

    janji = JANJI_BAKU

    @property
    def total_anggaran_teks(self) -> str:
        return rupiah_pk(self.total_anggaran)

    def as_json(self) -> dict:
        return {
            "nomor": self.nomor,
            "tanggal": self.tanggal.isoformat(),
            "tempat": self.tempat,
            "alasan": self.alasan,
            "alasan_teks": self.alasan_teks,
            "dasar_hukum": self.dasar_hukum,
            "pihak_pertama": self.pihak_pertama.as_json(),
            "pihak_kedua": self.pihak_kedua.as_json(),
            "sasaran": [{"nama": s.nama, "indikator": [i.as_json() for i in s.indikator]} for s in self.sasaran],
            "program": [{"kode": p.kode, "nama": p.nama, "anggaran": plain_number(p.anggaran), "sumber": p.sumber}
                        for p in self.program],
            "total_anggaran": plain_number(self.total_anggaran),
        }


@dataclass(frozen=True)
class DokumenPk:
    unit_slug: str
    unit_nama: str
    pemda_nama: str
    tahun: int
    versi: tuple[VersiPk, ...]
    terpilih: int | None = None  # the version chosen by ``pilih``: its file is named by it
    jenjang_id: int | None = None  # a PK berjenjang: the post below the head whose PK this is
    jenjang_nama: str = ""

    @property
    def nama_berkas(self) -> str:
        """``PK-wonoasih-2024`` for every version, ``PK-wonoasih-2024-versi-2`` for one chosen version;
        ``PK-wonoasih-2024-sekretaris`` for a PK berjenjang."""
        akhiran = f"-versi-{self.terpilih}" if self.terpilih is not None else ""
        jenjang = f"-{slugify(self.jenjang_nama)}" if self.jenjang_id is not None else ""
        return f"PK-{self.unit_slug}-{self.tahun}{jenjang}{akhiran}"

    @property
    def judul_unit(self) -> str:
        """The second line of the title: the PD, or the post and the PD of a PK berjenjang."""
        return f"{self.jenjang_nama} {self.unit_nama}" if self.jenjang_id is not None else self.unit_nama

    @property
    def kolom_sasaran(self) -> str:
        """The heading of the lampiran's second column."""
        return "SASARAN / PROGRAM / KEGIATAN" if self.jenjang_id is not None else "SASARAN STRATEGIS"

    def pilih(self, nomor: int | None) -> DokumenPk:
        """The document with only version ``nomor`` (all versions when None)."""
        if nomor is None:
            return self
        chosen = tuple(v for v in self.versi if v.nomor == nomor)
        if not chosen:
            raise TidakDitemukan(f"PK {self.unit_nama} {self.tahun} tidak memiliki versi {nomor}.")
        return dataclasses.replace(self, versi=chosen, terpilih=nomor)

    def as_json(self) -> dict:
        data = {"unit": {"slug": self.unit_slug, "nama": self.unit_nama, "pemda": self.pemda_nama},
                "tahun": self.tahun, "versi": [v.as_json() for v in self.versi]}
        if self.jenjang_id is not None:
            data["jenjang"] = {"id": self.jenjang_id, "nama": self.jenjang_nama}
        return data


PK = daftar(JenisDokumen("pk", "Perjanjian Kinerja", {
    "docx": "sakip.domain.agreement.cetak.pk_docx", "pdf": "sakip.domain.agreement.cetak.pk_pdf"}))


def build_pk(scope: Scope, slug: str, tahun: int, jenjang: int | str | None = None) -> DokumenPk:
    """Every version of the PK of PD ``slug`` for ``tahun``. Six queries whatever the number of versions.
    ``jenjang`` (a post's id or name slug): the PK berjenjang of that post below the head (one query more)."""
    pd = get_pd(scope, slug)
    jabatan = get_jenjang(scope, pd, jenjang) if jenjang is not None else None
    versions = pk_versi(scope, pd, tahun, jabatan)
    if not versions and jabatan is not None:
        raise BelumSiap(f"{jabatan.nama} {pd.nama} tidak memiliki Perjanjian Kinerja tahun {tahun}.", [
            Langkah("Susun dari pohon kinerja", "agreement:pk_jenjang_buat", (pd.slug, tahun, jabatan.pk), "", ISI)])
    if not versions:
        raise BelumSiap(f"{pd.nama} tidak memiliki Perjanjian Kinerja tahun {tahun}.", [
            Langkah(f"Buat PK {tahun}", "agreement:pk_buat", (pd.slug, tahun), "", ISI)])
    jabatan_ids = {v.jabatan_pihak_pertama_id for v in versions} | {v.jabatan_pihak_kedua_id for v in versions}
    masa = list(MasaJabatan.objects.within(scope).select_related("pejabat", "jabatan").filter(jabatan_id__in=jabatan_ids))
    indikator_ids = {t.indikator_id for v in versions for t in v.target.all() if t.indikator_id is not None}
    renstra = {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=indikator_ids, tahun=tahun)}
    return DokumenPk(pd.slug, pd.nama, pd.pemda.nama, tahun, tuple(_versi(v, masa, renstra) for v in versions),
                     jenjang_id=jabatan.pk if jabatan else None, jenjang_nama=jabatan.nama if jabatan else "")


def _pihak(jabatan, tanggal: datetime.date, masa: list[MasaJabatan]) -> Pihak:
    holders = sorted((m for m in masa if m.jabatan_id == jabatan.pk and m.mencakup(tanggal)),
                     key=lambda m: m.mulai or datetime.date.min, reverse=True)
    if not holders:
        return Pihak(nama="", jabatan=jabatan.nama, nip="", pangkat="")
    m = holders[0]
    return Pihak(nama=m.pejabat.nama, jabatan=m.judul_jabatan, nip=m.pejabat.nip_tampil, pangkat=m.pejabat.pangkat)


def _versi(pk: PerjanjianKinerja, masa: list[MasaJabatan], renstra: dict) -> VersiPk:
    sasaran: dict[str, list[IndikatorPk]] = {}
    for t in pk.target.all():
        nama, baris = _baris_target(t, renstra)
        sasaran.setdefault(nama, []).append(baris)
    program = tuple(ProgramPk(a.program.kode, a.program.nama, a.nilai, a.sumber) for a in pk.anggaran.all())
    return VersiPk(
        nomor=pk.nomor, tanggal=pk.tanggal, tanggal_teks=tanggal_teks(pk.tanggal),
        tempat=pk.tempat or pk.pd.pemda.ibukota, alasan=pk.alasan, alasan_label=pk.get_alasan_display(),
        alasan_teks=pk.alasan_teks, dasar_hukum=pk.dasar_hukum, pernyataan=pk.pernyataan or PERNYATAAN_BAKU,
        pihak_pertama=_pihak(pk.jabatan_pihak_pertama, pk.tanggal, masa),
        pihak_kedua=_pihak(pk.jabatan_pihak_kedua, pk.tanggal, masa),
        sasaran=tuple(SasaranPk(nama, tuple(rows)) for nama, rows in sasaran.items()),
        program=program, total_anggaran=sum((p.anggaran for p in program), Decimal(0)),
    )


def _baris_target(t: TargetPk, renstra: dict) -> tuple[str, IndikatorPk]:
    """One target of a version and the node it is grouped under: a planning indicator's owner (“Kegiatan
    Administrasi Keuangan…”; a sasaran as it is), or an intermediate node (“Sasaran program Meningkatnya…”)."""
    ind = t.indikator
    if ind is None:
        antara = t.indikator_antara
        assert antara is not None, "a PK target has exactly one indicator"
        simpul = antara.simpul
        nama = simpul.nama
        if not nama.lower().startswith(simpul.get_jenis_display().lower()):
            nama = f"{simpul.get_jenis_display()} {nama}"
        return nama, IndikatorPk(
            nama=antara.nama, satuan=antara.satuan, target=t.nilai, target_teks=_teks(t, antara.satuan),
            target_renstra=None, target_renstra_teks=antara.target or "-", simpul_antara=True)
    owner = ind.pemilik
    assert owner is not None, "an indicator has exactly one owner"
    nama = owner.nama
    if not (ind.sasaran_id or ind.tujuan_id or nama.lower().startswith(LEVEL_NAMA[ind.level].lower())):
        nama = f"{LEVEL_NAMA[ind.level]} {nama}"  # "Kegiatan Administrasi Keuangan…"; "PROGRAM …" as it is
    r = renstra.get(ind.pk)
    return nama, IndikatorPk(nama=ind.nama, satuan=ind.satuan, target=t.nilai, target_teks=_teks(t, ind.satuan),
                             target_renstra=r.nilai if r else None, target_renstra_teks=r.tampil if r else "-")


def _teks(t: TargetPk, satuan: str) -> str:
    return t.teks or f"{format_angka(t.nilai)}{'%' if satuan == '%' else ''}"


def rupiah_pk(nilai: Decimal) -> str:
    """Money as the PK lampiran prints it: ``Rp. 9.089.987.270,00``."""
    return f"Rp. {format_angka(nilai, 2)}"


# --- Word ------------------------------------------------------------------------------------------


# --- what changed between two versions ---------------------------------------------------------------


@dataclass(frozen=True)
class Perubahan:
    bagian: str  # "Pihak pertama", "Pihak kedua", "Target", "Anggaran", "Total anggaran"
    nama: str
    sebelum: str
    sesudah: str


def bandingkan(a: VersiPk, b: VersiPk) -> list[Perubahan]:
    """Every difference from version ``a`` to version ``b``: officials, targets, program budgets, total."""
    changes = []
    for label, pa, pb in (("Pihak pertama", a.pihak_pertama, b.pihak_pertama),
                          ("Pihak kedua", a.pihak_kedua, b.pihak_kedua)):
        if (pa.nama, pa.jabatan) != (pb.nama, pb.jabatan):
            changes.append(Perubahan(label, pb.jabatan, f"{pa.nama} ({pa.jabatan})", f"{pb.nama} ({pb.jabatan})"))
    targets_a = {i.nama: i.target_teks for s in a.sasaran for i in s.indikator}
    targets_b = {i.nama: i.target_teks for s in b.sasaran for i in s.indikator}
    changes += _dict_changes("Target", targets_a, targets_b)
    budget_a = {p.nama: p.anggaran_teks + f" ({p.sumber})" for p in a.program}
    budget_b = {p.nama: p.anggaran_teks + f" ({p.sumber})" for p in b.program}
    changes += _dict_changes("Anggaran", budget_a, budget_b)
    if a.total_anggaran != b.total_anggaran:
        changes.append(Perubahan("Total anggaran", "", a.total_anggaran_teks, b.total_anggaran_teks))
    return changes


def _dict_changes(bagian: str, before: dict[str, str], after: dict[str, str]) -> list[Perubahan]:
    return [Perubahan(bagian, nama, before.get(nama, "—"), after.get(nama, "—"))
            for nama in dict.fromkeys([*before, *after]) if before.get(nama) != after.get(nama)]
