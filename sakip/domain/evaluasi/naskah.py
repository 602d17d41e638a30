"""The LHE (Laporan Hasil Evaluasi) of a PD's evaluation as sections that Word and PDF render
(:mod:`sakip.documents.naskah`): the Inspektorat's letterhead, nomor and hal; pendahuluan (dasar hukum, tujuan,
ruang lingkup, metodologi); hasil (Nilai AKIP, predikat and its meaning, a table per komponen with bobot and nilai,
the evaluator's catatan per komponen); rekomendasi per komponen; penutup with the Inspektur's signature; tembusan.

Every figure comes from :func:`sakip.domain.evaluasi.dokumen.build_lke` (the one computed structure); this module
only adds what the LHE prints around it (nomor, date, signer, the letterhead) and words it. Until the evaluation is
final its head says ``DRAF`` with the stage.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sakip.core.scoping import Scope
from sakip.documents.naskah import Bagian, Tabel, TandaTangan
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.evaluasi.dokumen import DokumenLke, KomponenDok, lembar_lke
from sakip.domain.evaluasi.models import Evaluasi
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.rumus import lke as rumus
from sakip.rumus.angka import format_angka

DRAF = "DRAF — evaluasi belum final"
TITIK = "........................"
DASAR_HUKUM = (
    "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;",
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang "
    "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah.",
)


@dataclass(frozen=True)
class DokumenLhe:
    """The LKE of a PD-year with what its LHE prints around it."""

    lke: DokumenLke
    nomor: str
    tanggal: datetime.date | None
    tempat: str
    inspektur_jabatan: str
    inspektur_nama: str
    inspektur_pangkat: str
    inspektur_nip: str
    inspektorat_nama: str  # "Inspektorat" (the letterhead's second line)
    kop: tuple[str, ...]  # the Inspektorat's address lines
    kepala_daerah: str  # "Wali Kota Probolinggo"

    @property
    def draf(self) -> bool:
        return self.lke.tahap != Evaluasi.Tahap.FINAL

    @property
    def tanggal_teks(self) -> str:
        return tanggal_teks(self.tanggal)

    @property
    def nama_berkas(self) -> str:
        return f"LHE-{self.lke.unit_slug}-{self.lke.tahun}"

    def as_json(self) -> dict:
        return {**self.lke.as_json(), "lhe": {
            "nomor": self.nomor, "tanggal": self.tanggal.isoformat() if self.tanggal else None, "tempat": self.tempat,
            "draf": self.draf, "penanda_tangan": {"jabatan": self.inspektur_jabatan, "nama": self.inspektur_nama,
                                                  "pangkat": self.inspektur_pangkat, "nip": self.inspektur_nip}}}


def build_lhe(scope: Scope, slug: str, tahun: int) -> DokumenLhe:
    """The LHE of PD ``slug`` for ``tahun``: the LKE (:func:`lembar_lke`) and two queries for the letterhead (the
    pemda's Inspektorat and its head of region, which every reader of the evaluation may see printed)."""
    lembar = lembar_lke(scope, slug, tahun)
    e, pemda = lembar.evaluasi, lembar.pd.pemda
    inspektorat = PerangkatDaerah.objects.filter(pemda=pemda, jenis=PerangkatDaerah.Jenis.INSPEKTORAT).first()
    kepala = (Jabatan.objects.filter(pemda=pemda, pd__isnull=True, jenis=Jabatan.Jenis.KEPALA_DAERAH)
              .values_list("nama", flat=True).first())
    kop: tuple[str, ...] = ()
    if inspektorat is not None:
        kop = tuple(x for x in (inspektorat.alamat, f"Telp. {inspektorat.telepon}" if inspektorat.telepon else "",
                                f"Email: {inspektorat.email}" if inspektorat.email else "") if x)
    return DokumenLhe(
        lembar.dok, e.nomor_lhe, e.tanggal_lhe, e.tempat_lhe or (pemda.ibukota or pemda.nama.split(" ", 1)[-1]),
        e.inspektur_jabatan or "Inspektur", e.inspektur_nama, e.inspektur_pangkat, e.inspektur_nip,
        inspektorat.nama if inspektorat is not None else "Inspektorat", kop,
        kepala or f"Kepala Daerah {pemda.nama}")


# --- the sections ------------------------------------------------------------------------------------------


def judul(h: DokumenLhe) -> tuple[str, ...]:
    """The letterhead: the pemda, its Inspektorat and the Inspektorat's address."""
    return (f"PEMERINTAH {h.lke.pemda_nama.upper()}", h.inspektorat_nama.upper(), *h.kop)


def _bobot(value) -> str:
    return format_angka(value)


def tabel_komponen(d: DokumenLke) -> Tabel:
    """The four komponen with bobot and nilai, and the Nilai AKIP."""
    rows = [(f"{k.kode}.", k.nama, _bobot(k.bobot), k.nilai_teks) for k in d.komponen]
    rows.append(("", "Nilai AKIP", _bobot(sum(k.bobot for k in d.komponen)), d.nilai_akip_teks))
    return Tabel("Nilai per komponen", ("No.", "Komponen", "Bobot", "Nilai"), rows)


def tabel_sub_komponen(k: KomponenDok) -> Tabel:
    rows = [(s.kode, s.nama, _bobot(s.bobot), s.nilai_teks) for s in k.sub_komponen]
    rows.append(("", f"Jumlah komponen {k.kode}", _bobot(k.bobot), k.nilai_teks))
    return Tabel(f"Komponen {k.kode}. {k.nama}", ("Kode", "Sub-komponen", "Bobot", "Nilai"), rows)


def _butir(k: KomponenDok, field: str) -> list[str]:
    """The evaluator's ``field`` (catatan or rekomendasi) of every criterion of ``k`` that has one, numbered."""
    out: list[str] = []
    for s in k.sub_komponen:
        for c in s.kriteria:
            text = getattr(c, field).strip()
            if text:
                out.append(f"{len(out) + 1}. {text} (kriteria {c.kode})")
    return out


def bab(h: DokumenLhe) -> list[Bagian]:
    d = h.lke
    p = d.predikat
    kepada = [
        *([f"{DRAF} (tahap {d.tahap_label})"] if h.draf else []),
        f"Nomor: {h.nomor or TITIK}",
        "Lampiran: 1 (satu) berkas Lembar Kerja Evaluasi",
        f"Hal: Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Tahun {d.tahun}",
        f"Yth. Pimpinan {d.unit_nama}",
    ]
    pendahuluan = Bagian("A. PENDAHULUAN", [
        "1. Dasar hukum",
        *(f"{chr(ord('a') + i)}. {text}" for i, text in enumerate(DASAR_HUKUM)),
        "2. Tujuan",
        f"Evaluasi ini bertujuan menilai tingkat implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah "
        f"(SAKIP) pada {d.unit_nama}, memberikan saran perbaikan untuk peningkatan akuntabilitas kinerja, dan "
        "memantau tindak lanjut rekomendasi hasil evaluasi sebelumnya.",
        "3. Ruang lingkup",
        f"Evaluasi meliputi empat komponen manajemen kinerja {d.unit_nama} tahun {d.tahun}: perencanaan kinerja, "
        "pengukuran kinerja, pelaporan kinerja, dan evaluasi akuntabilitas kinerja internal.",
        "4. Metodologi",
        f"Evaluasi menggunakan {d.lke_nama}. Setiap kriteria dinilai dengan skala "
        f"{rumus.NAMA_SKALA.get(d.skala, d.skala)}; nilai sub-komponen adalah rata-rata nilai kriterianya dikalikan "
        "bobotnya, dan Nilai AKIP adalah jumlah nilai seluruh sub-komponen (0–100). Penilaian dilakukan melalui "
        "penilaian mandiri perangkat daerah, reviu dokumen dan bukti dukung oleh evaluator, serta tanggapan "
        "perangkat daerah atas hasil reviu.",
    ])
    hasil = Bagian("B. HASIL EVALUASI", [
        f"Nilai AKIP {d.unit_nama} tahun {d.tahun} adalah {d.nilai_akip_teks} dengan predikat {p.huruf} "
        f"({p.arti}).",
        f"Predikat {p.huruf} berarti: {ARTI_PREDIKAT.get(p.huruf, p.arti)}",
        tabel_komponen(d),
    ])
    per_komponen = []
    for k in d.komponen:
        catatan = _butir(k, "catatan")
        per_komponen.append(Bagian(f"{k.kode}. {k.nama}", [
            f"Nilai komponen {k.nama} adalah {k.nilai_teks} dari bobot {_bobot(k.bobot)}.",
            tabel_sub_komponen(k),
            "Catatan evaluator:" if catatan else "Tidak ada catatan evaluator pada komponen ini.",
            *catatan,
        ], tingkat=2))
    rekomendasi = [Bagian("C. REKOMENDASI", [
        f"Untuk meningkatkan akuntabilitas kinerja, {d.unit_nama} agar menindaklanjuti rekomendasi berikut:"])]
    for k in d.komponen:
        butir = _butir(k, "rekomendasi")
        rekomendasi.append(Bagian(f"{k.kode}. {k.nama}", butir or ["Tidak ada rekomendasi pada komponen ini."],
                                  tingkat=2))
    penutup = Bagian("D. PENUTUP", [
        f"Demikian laporan hasil evaluasi AKIP {d.unit_nama} tahun {d.tahun}. Tindak lanjut atas rekomendasi agar "
        "dilaporkan kepada Inspektorat dan akan menjadi bahan evaluasi tahun berikutnya.",
    ])
    tembusan = Bagian("Tembusan:", [f"1. {h.kepala_daerah} (sebagai laporan);",
                                    f"2. Sekretaris Daerah {d.pemda_nama}."], tingkat=3)
    kepala = Bagian(f"LAPORAN HASIL EVALUASI AKIP {d.unit_nama.upper()} TAHUN {d.tahun}", kepada)
    return [kepala, pendahuluan, hasil, *per_komponen, *rekomendasi, penutup, tembusan]


# The predikat's interpretation (PermenPANRB 88/2021, Lampiran: interpretasi nilai).
ARTI_PREDIKAT = {
    "AA": "sangat memuaskan; telah terwujud good governance, seluruh kinerja dikelola dengan sangat memuaskan di "
          "seluruh unit kerja, dan telah terbentuk pemerintahan yang dinamis, adaptif dan efisien.",
    "A": "memuaskan; terdapat gambaran bahwa instansi pemerintah dapat memimpin perubahan dalam mewujudkan "
         "pemerintahan berorientasi hasil.",
    "BB": "sangat baik; terdapat gambaran bahwa AKIP sangat baik pada 2/3 unit kerja, baik unit kerja utama maupun "
          "unit kerja pendukung.",
    "B": "baik; terdapat gambaran bahwa AKIP sudah baik pada 1/3 unit kerja, khususnya pada unit kerja utama.",
    "CC": "cukup (memadai); terdapat gambaran bahwa AKIP cukup baik, namun perlu banyak perbaikan walaupun tidak "
          "mendasar, khususnya akuntabilitas kinerja pada unit kerja.",
    "C": "kurang; sistem dan tatanan kurang dapat diandalkan, memiliki sistem untuk manajemen kinerja tetapi perlu "
         "banyak perbaikan minor dan perbaikan yang mendasar.",
    "D": "sangat kurang; sistem dan tatanan sama sekali tidak dapat diandalkan untuk penerapan manajemen kinerja, "
         "perlu banyak perbaikan, sebagian perubahan yang sangat mendasar.",
}


def tanda_tangan(h: DokumenLhe) -> TandaTangan:
    """The Inspektur signs at the end of the penutup, at the LHE's place and date (dots until they are set)."""
    return TandaTangan(f"{h.tempat}, {h.tanggal_teks or TITIK}", h.inspektur_jabatan, h.inspektur_nama or TITIK,
                       h.inspektur_nip, h.inspektur_pangkat)


def opsi(h: DokumenLhe) -> dict:
    return {"tanda_tangan": {"D. PENUTUP": tanda_tangan(h)}}
