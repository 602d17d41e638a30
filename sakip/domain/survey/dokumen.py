"""The results of a survey period as one computed structure: respondents, NRR and mutu per unsur, IKM,
the minimum sample, respondent profile, per unit, weakest and strongest unsur, suggestions, and the
IKM the PD reported for its IKU beside sakip's own. The SKM report renders it (:mod:`.cetak`).

Every sum is computed in the database: the period's answers are read once, grouped by unit and service with
the counts of every profile value (:func:`.selectors.ringkasan`), and the whole, the units and the profile are
rolled up from those few dozen rows; the trend reads only the other periods' answers. A period with 100.000
answers costs the same number of queries as one with 300 (``bench/skm_hasil.py`` prints the time beside
hand-written SQL returning the same sums).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from django.utils import timezone

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.grafik import garis
from sakip.documents.registry import JenisDokumen, daftar
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.measurement.models import RealisasiTahunan
from sakip.domain.organisation.selectors import get_pd, pimpinan_pada
from sakip.domain.survey import selectors
from sakip.domain.survey.models import ForumKonsultasiPublik, PeriodeSurvei, Pertanyaan, Respons
from sakip.rumus import ikm as rumus
from sakip.rumus.angka import plain_number
from sakip.rumus.capaian import Peran

LAPORAN_SKM = daftar(JenisDokumen("skm", "Laporan Survei Kepuasan Masyarakat", {
    "docx": "sakip.domain.survey.cetak.skm_docx", "pdf": "sakip.domain.survey.cetak.skm_pdf"}))
PROFIL = (("jenis_kelamin", "Jenis kelamin", Respons.JenisKelamin), ("pendidikan", "Pendidikan", Respons.Pendidikan),
          ("pekerjaan", "Pekerjaan", Respons.Pekerjaan), ("usia", "Usia", Respons.Usia))


@dataclass(frozen=True)
class NilaiUnsur:
    kode: str
    nama: str
    pertanyaan: str
    nrr: Decimal | None
    mutu: rumus.Mutu | None
    jumlah: int = 0  # the sum of the answers (Hasil Olah Data SKM)


@dataclass(frozen=True)
class Kelompok:
    """IKM of one group of respondents (a unit, or the whole PD)."""

    nama: str
    responden: int
    unsur: tuple[NilaiUnsur, ...]
    ikm: Decimal | None
    mutu: rumus.Mutu | None


@dataclass(frozen=True)
class Baris:
    label: str
    jumlah: int
    persen: Decimal


@dataclass(frozen=True)
class TitikTren:
    kode: str
    nama: str
    responden: int
    ikm: Decimal | None


@dataclass(frozen=True)
class Rtl:
    prioritas: int
    unsur: str
    unsur_label: str
    kegiatan: str
    triwulan: tuple[bool, bool, bool, bool]
    penanggung_jawab: str


@dataclass(frozen=True)
class Orang:
    """One party of the FKP minutes as typed: “nama — NIP — jabatan” (the NIP may be left out)."""

    nama: str
    nip: str
    jabatan: str

    def __str__(self) -> str:
        return " — ".join(x for x in (self.nama, self.nip, self.jabatan) if x)


@dataclass(frozen=True)
class Fkp:
    tanggal_teks: str
    tempat: str
    pihak_kesatu: tuple[Orang, ...]
    pihak_kedua: tuple[Orang, ...]
    hasil: str
    nomor: str = ""
    hari_teks: str = ""  # “Senin tanggal Empat Belas bulan Oktober tahun Dua Ribu Dua Puluh Empat”
    tanggal: datetime.date | None = None


@dataclass(frozen=True)
class Jadwal:
    """One step of the survey's schedule (Bab II 2.4), from the period's own dates."""

    kegiatan: str
    waktu: str
    hari_kerja: int


@dataclass(frozen=True)
class HasilSkm:
    unit_slug: str
    unit_nama: str
    periode_kode: str
    periode_nama: str
    populasi: int
    sampel_minimum: int
    total: Kelompok
    per_unit: tuple[Kelompok, ...]
    per_layanan: tuple[Kelompok, ...]
    demografi: tuple[tuple[str, str, tuple[Baris, ...]], ...]  # (field, label, rows)
    jenis_layanan: tuple[Baris, ...]
    saran: tuple[str, ...]
    ikm_dilaporkan: Decimal | None
    ikm_dilaporkan_sumber: str
    tren: tuple[TitikTren, ...] = ()
    rtl: tuple[Rtl, ...] = ()
    fkp: Fkp | None = None
    kuesioner: tuple[tuple[int, str, str, tuple[str, ...]], ...] = ()  # (no, unsur, question, answers a–d)
    mulai_teks: str = ""  # the collection window (pengumpulan data), not the period's dates
    selesai_teks: str = ""
    penanda_tangan: tuple[str, str, str] | None = None  # (jabatan, nama, NIP)
    penanda_tangan_pangkat: str = ""
    pemda_nama: str = ""
    kop: tuple[str, ...] = ()  # the PD's address lines for the cover and the minutes
    tempat_laporan: str = ""
    tanggal_laporan_teks: str = ""  # empty until set on the screen
    jadwal: tuple[Jadwal, ...] = ()
    kanal: tuple[Baris, ...] = ()  # how the answers came in (Bab II 2.2)
    analisis: tuple[str, ...] = ()  # the conditions behind the weakest unsur, as typed (Bab IV 4.1)
    draf: bool = True  # not published yet: every download says so
    pengumpulan: tuple[datetime.date, datetime.date] | None = None
    tanggal_laporan: datetime.date | None = None
    dokumentasi: tuple[tuple[str, bytes], ...] = ()  # (caption, PNG) of each photograph, for the annex

    @property
    def nama_berkas(self) -> str:
        return f"SKM-{self.unit_slug}-{self.periode_kode}"

    def grafik_tren(self) -> bytes:
        return garis(f"Tren IKM {self.unit_nama}", [t.nama for t in self.tren], [t.ikm for t in self.tren],
                     batas=(25, 100))

    @property
    def kurang_sampel(self) -> bool:
        return self.total.responden < self.sampel_minimum

    @property
    def sisa_sampel(self) -> int:
        """How many more answers the period needs to reach its minimum sample (0 once reached)."""
        return max(0, self.sampel_minimum - self.total.responden)

    def _dinilai(self) -> list[tuple[Decimal, NilaiUnsur]]:
        """The unsur that have answers, each with its NRR."""
        return [(u.nrr, u) for u in self.total.unsur if u.nrr is not None]

    @property
    def terlemah(self) -> tuple[NilaiUnsur, ...]:
        return tuple(u for _, u in sorted(self._dinilai(), key=lambda d: d[0])[:3])

    @property
    def terkuat(self) -> tuple[NilaiUnsur, ...]:
        return tuple(u for _, u in sorted(self._dinilai(), key=lambda d: -d[0])[:3])

    @property
    def selisih_dilaporkan(self) -> Decimal | None:
        if self.ikm_dilaporkan is None or self.total.ikm is None:
            return None
        return self.ikm_dilaporkan - self.total.ikm

    def as_json(self) -> dict:
        t = self.total
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama},
            "periode": self.periode_kode,
            "responden": t.responden,
            "populasi": self.populasi,
            "sampel_minimum": self.sampel_minimum,
            "unsur": [{"kode": u.kode, "nama": u.nama, "nrr": _n(u.nrr, 2), "nrr_tepat": _n(u.nrr, 4),
                       "mutu": u.mutu.huruf if u.mutu else None} for u in t.unsur],
            "ikm": plain_number(t.ikm),
            "mutu": t.mutu.huruf if t.mutu else None,
            "kinerja": t.mutu.kinerja if t.mutu else None,
            "demografi": {field: {b.label: b.jumlah for b in rows} for field, _, rows in self.demografi},
            "jenis_layanan": {b.label: b.jumlah for b in self.jenis_layanan},
            "layanan": [{"unit": k.nama, "responden": k.responden, "ikm": plain_number(k.ikm),
                         "mutu": k.mutu.huruf if k.mutu else None} for k in self.per_unit],
            "per_jenis_layanan": [{"layanan": k.nama, "responden": k.responden, "ikm": plain_number(k.ikm),
                                   "mutu": k.mutu.huruf if k.mutu else None} for k in self.per_layanan],
            "ikm_dilaporkan": plain_number(self.ikm_dilaporkan),
            "ikm_dilaporkan_sumber": self.ikm_dilaporkan_sumber,
            "tren": [{"periode": t.kode, "nama": t.nama, "responden": t.responden, "ikm": plain_number(t.ikm)}
                     for t in self.tren],
            "rtl": [{"prioritas": r.prioritas, "unsur": r.unsur, "kegiatan": r.kegiatan,
                     "triwulan": [i + 1 for i, on in enumerate(r.triwulan) if on], "penanggung_jawab": r.penanggung_jawab}
                    for r in self.rtl],
            "fkp": {"tanggal": self.fkp.tanggal_teks, "tempat": self.fkp.tempat, "nomor": self.fkp.nomor}
            if self.fkp else None,
            "pengumpulan": {"mulai": self.mulai_teks, "selesai": self.selesai_teks},
            "tanggal_laporan": self.tanggal_laporan_teks or None,
            "draf": self.draf,
        }


def _n(value: Decimal | None, places: int):
    return plain_number(rumus.bulatkan(value, places)) if value is not None else None


def build_skm(scope: Scope, slug: str, kode_periode: str) -> HasilSkm:
    pd = get_pd(scope, slug)
    periode = PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=kode_periode).first()
    if periode is None:
        raise TidakDitemukan(f"{pd.nama} tidak memiliki periode survei “{kode_periode}”.")
    pertanyaan = list(Pertanyaan.objects.within(scope).filter(pd=pd).order_by("urutan"))
    questions = {p.unsur: p.teks for p in pertanyaan}
    answers = Respons.objects.within(scope).filter(periode=periode)
    jumlah = selectors.ringkasan(answers)
    total = _kelompok(pd.nama, jumlah.total, questions)
    units = {u.pk: u for u in selectors.unit_list(scope, pd)}
    layanan = {jl.pk: jl for jl in selectors.layanan_list(scope, pd)}
    urut_unit = sorted(jumlah.per_unit, key=lambda pk: (units[pk].urutan, units[pk].nama))
    per_unit = tuple(_kelompok(units[pk].nama, jumlah.per_unit[pk], questions) for pk in urut_unit)
    urut_layanan = sorted(jumlah.per_layanan, key=lambda k: (units[k[0]].urutan, layanan[k[1]].nama, units[k[0]].nama))
    per_layanan = tuple(_kelompok(f"{layanan[jl].nama} ({units[u].nama})", jumlah.per_layanan[u, jl], questions)
                        for u, jl in urut_layanan)
    demografi = tuple((field, label, _profil(jumlah.sebaran[field], enum, total.responden))
                      for field, label, enum in PROFIL)
    kecamatan = sum(row["n"] for pk, row in jumlah.per_unit.items() if units[pk].kelurahan_id is None)
    kelurahan = total.responden - kecamatan
    jenis = (Baris("Layanan kecamatan", kecamatan, _persen(kecamatan, total.responden)),
             Baris("Layanan kelurahan", kelurahan, _persen(kelurahan, total.responden)))
    saran = selectors.saran(answers)
    reported = (RealisasiTahunan.objects.within(scope).filter(
        pd=pd, tahun=periode.selesai.year, indikator__sasaran__isnull=False, indikator__peran=Peran.IKM).first())
    tren = _tren(selectors.jumlah_periode_lain(scope, pd, periode), periode, jumlah.total)
    rtl = tuple(Rtl(r.prioritas, r.unsur, r.unsur_label, r.kegiatan, r.triwulan, r.penanggung_jawab)
                for r in periode.rtl.all())
    fkp = ForumKonsultasiPublik.objects.filter(periode=periode).first()
    # The report is signed on its own date (set on the screen); until then by whoever leads the PD today, or
    # at the end of the period when that is past.
    signed_on = periode.tanggal_laporan or min(periode.selesai, timezone.localdate())
    signer = pimpinan_pada(scope, pd=pd, tanggal=signed_on)
    awal, akhir = periode.awal_pengumpulan, periode.akhir_pengumpulan
    kanal = sebaran_kanal(jumlah.sebaran["kanal"], total.responden)
    return HasilSkm(
        tren=tren, rtl=rtl,
        kuesioner=tuple((i, q.unsur, q.teks, tuple(text for _, text in q.pilihan)) for i, q in enumerate(pertanyaan, 1)),
        mulai_teks=tanggal_teks(awal), selesai_teks=tanggal_teks(akhir), pengumpulan=(awal, akhir),
        penanda_tangan=(signer.judul_jabatan, signer.pejabat.nama, signer.pejabat.nip_tampil) if signer else None,
        penanda_tangan_pangkat=signer.pejabat.pangkat if signer else "",
        fkp=Fkp(tanggal_teks(fkp.tanggal), fkp.tempat, baca_pihak(fkp.pihak_kesatu), baca_pihak(fkp.pihak_kedua),
                fkp.hasil, nomor=fkp.nomor, hari_teks=hari_terbilang(fkp.tanggal), tanggal=fkp.tanggal) if fkp else None,
        pemda_nama=pd.pemda.nama, kop=kop(pd),
        tempat_laporan=periode.tempat_laporan or pd.pemda.ibukota,
        tanggal_laporan_teks=tanggal_teks(periode.tanggal_laporan) if periode.tanggal_laporan else "",
        tanggal_laporan=periode.tanggal_laporan,
        jadwal=jadwal(awal, akhir, fkp.tanggal if fkp else None, periode.tanggal_laporan),
        kanal=kanal, analisis=tuple(x.strip() for x in periode.analisis.splitlines() if x.strip()),
        draf=periode.diterbitkan is None,
        dokumentasi=tuple((d.keterangan, png) for d in periode.dokumentasi.all() if (png := foto_png(d.gambar))),
        unit_slug=pd.slug, unit_nama=pd.nama, periode_kode=periode.kode, periode_nama=periode.nama,
        populasi=periode.populasi, sampel_minimum=rumus.sampel_minimum(periode.populasi), total=total,
        per_unit=per_unit, per_layanan=per_layanan, demografi=demografi, jenis_layanan=jenis, saran=saran,
        ikm_dilaporkan=reported.nilai if reported else None, ikm_dilaporkan_sumber=reported.sumber if reported else "",
    )


def _kelompok(nama: str, row: Mapping[str, Any], questions: dict[str, str]) -> Kelompok:
    n = row["n"] or 0
    unsur = []
    for i, (kode, label) in enumerate(rumus.UNSUR, start=1):
        value = rumus.nrr(row[f"s{i}"] or 0, n)
        unsur.append(NilaiUnsur(kode, label, questions.get(kode, ""), value, rumus.mutu_unsur(value), row[f"s{i}"] or 0))
    value = rumus.ikm([u.nrr for u in unsur])
    return Kelompok(nama, n, tuple(unsur), value, rumus.mutu_ikm(value))


def _tren(lain: list[dict], periode: PeriodeSurvei, sums: dict[str, int]) -> tuple[TitikTren, ...]:
    """The IKM trend: the other periods that began by ``periode`` (``lain``) and ``periode`` itself from its own
    sums when it has answers, by start date, equal dates by code."""
    rows: list[tuple[datetime.date, str, str, Mapping[str, Any]]] = [(r["mulai"], r["kode"], r["nama"], r) for r in lain]
    if sums["n"]:
        rows.append((periode.mulai, periode.kode, periode.nama, sums))
    rows.sort(key=lambda t: (t[0], t[1]))
    return tuple(TitikTren(kode, nama, r["n"], _kelompok("", r, {}).ikm) for _, kode, nama, r in rows)


def foto_png(berkas, lebar: int = 1200) -> bytes | None:
    """A stored photograph as PNG for the documents: at most ``lebar`` pixels wide and no taller than 1,3 times
    its width (a tall one is centred on a white page-shaped canvas, so 15 cm wide it still fits the page); None
    when the file is missing or unreadable."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with berkas.open("rb") as f, Image.open(f) as asli:
            img = asli.convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    if img.width > lebar:
        img = img.resize((lebar, round(img.height * lebar / img.width)))
    if img.height > img.width * 1.3:
        canvas = Image.new("RGB", (round(img.height / 1.3), img.height), "white")
        canvas.paste(img, ((canvas.width - img.width) // 2, 0))
        img = canvas
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def kop(pd) -> tuple[str, ...]:
    """The PD's letterhead lines under its name: address, telephone, e-mail (those it has)."""
    return tuple(x for x in (pd.alamat, f"Telp. {pd.telepon}" if pd.telepon else "",
                             f"Email: {pd.email}" if pd.email else "") if x)


_PIHAK = re.compile(r"\s+[—–]\s+|\s*\|\s*")
_NIP = re.compile(r"^(NIP\.?\s*)?[0-9][0-9 ]{7,}$", re.IGNORECASE)


def baca_pihak(teks: str) -> tuple[Orang, ...]:
    """The parties as typed, one per line: “nama — NIP — jabatan” or “nama — jabatan” (a part that is all
    digits is the NIP, wherever it stands)."""
    out = []
    for line in teks.splitlines():
        parts = [p.strip() for p in _PIHAK.split(line.strip()) if p.strip()]
        if not parts:
            continue
        nip = next((p for p in parts[1:] if _NIP.match(p)), "")
        rest = [p for p in parts[1:] if p != nip]
        out.append(Orang(parts[0], re.sub(r"^NIP\.?\s*", "", nip, flags=re.IGNORECASE), " — ".join(rest)))
    return tuple(out)


def hari_kerja(mulai: datetime.date, selesai: datetime.date) -> int:
    """Monday to Friday from ``mulai`` to ``selesai``, both included (holidays are not known to sakip)."""
    if selesai < mulai:
        return 0
    days = (selesai - mulai).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + sum(1 for i in range(rest) if (mulai.weekday() + i) % 7 < 5)


def rentang_teks(mulai: datetime.date, selesai: datetime.date) -> str:
    """“1 Juli – 30 September 2024”, “14 Oktober 2024” for one day."""
    if mulai == selesai:
        return tanggal_teks(mulai)
    if (mulai.year, mulai.month) == (selesai.year, selesai.month):
        return f"{mulai.day}–{tanggal_teks(selesai)}"
    kiri = format_date(mulai, "d MMMM" if mulai.year == selesai.year else "d MMMM y", locale="id")
    return f"{kiri} – {tanggal_teks(selesai)}"


def jadwal(awal: datetime.date, akhir: datetime.date, fkp: datetime.date | None,
           laporan: datetime.date | None) -> tuple[Jadwal, ...]:
    """The schedule of Bab II 2.4 from the dates sakip holds: collection, processing and analysis until the
    FKP (or the report), the FKP, and writing the report until its date. A step whose dates are not known yet
    is left out."""
    rows = [Jadwal("Pengumpulan data", rentang_teks(awal, akhir), hari_kerja(awal, akhir))]
    olah_mulai = akhir + datetime.timedelta(days=1)
    olah_akhir = (fkp or laporan or olah_mulai) - datetime.timedelta(days=1)
    if (fkp or laporan) and olah_akhir >= olah_mulai:
        rows.append(Jadwal("Pengolahan data dan analisis hasil", rentang_teks(olah_mulai, olah_akhir),
                           hari_kerja(olah_mulai, olah_akhir)))
    if fkp:
        rows.append(Jadwal("Forum Konsultasi Publik pembahasan rencana tindak lanjut", tanggal_teks(fkp), 1))
    if laporan:
        mulai = fkp or olah_mulai
        rows.append(Jadwal("Penyusunan dan pelaporan hasil", rentang_teks(min(mulai, laporan), laporan),
                           max(1, hari_kerja(min(mulai, laporan), laporan))))
    return tuple(rows)


_SATUAN = ("", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Sebelas")


def terbilang(n: int) -> str:
    """A whole number in Indonesian words, as minutes write a date (“Dua Ribu Dua Puluh Empat”)."""
    if n < 12:
        return _SATUAN[n] if n else "Nol"
    if n < 20:
        return f"{_SATUAN[n - 10]} Belas"
    if n < 100:
        return " ".join(x for x in (f"{_SATUAN[n // 10]} Puluh", _SATUAN[n % 10]) if x)
    if n < 1000:
        head = "Seratus" if n < 200 else f"{_SATUAN[n // 100]} Ratus"
        return head + (f" {terbilang(n % 100)}" if n % 100 else "")
    if n < 1_000_000:
        head = "Seribu" if n < 2000 else f"{terbilang(n // 1000)} Ribu"
        return head + (f" {terbilang(n % 1000)}" if n % 1000 else "")
    return str(n)


def hari_terbilang(d: datetime.date) -> str:
    hari = format_date(d, "EEEE", locale="id")
    bulan = format_date(d, "MMMM", locale="id")
    return f"{hari} tanggal {terbilang(d.day)} bulan {bulan} tahun {terbilang(d.year)}"


def sebaran_kanal(counts: dict[str, int], total: int) -> tuple[Baris, ...]:
    return tuple(Baris(label, counts[value], _persen(counts[value], total))
                 for value, label in Respons.Kanal.choices if counts.get(value))


def _profil(counts: dict[str, int], enum, total: int) -> tuple[Baris, ...]:
    return tuple(Baris(label, counts.get(value, 0), _persen(counts.get(value, 0), total)) for value, label in enum.choices)


def _persen(part: int, whole: int) -> Decimal:
    return rumus.bulatkan(Decimal(part) * 100 / whole) if whole else Decimal(0)


def ikm_periode(scope: Scope, periode: PeriodeSurvei) -> Decimal | None:
    """The IKM of a period alone (one aggregate), for callers that need only the figure, e.g. the LKjIP check."""
    row = selectors.jumlah(Respons.objects.within(scope).filter(periode=periode))
    return _kelompok("", row, {}).ikm if row["n"] else None


@dataclass(frozen=True)
class IkmPeriode:
    pd_id: int
    periode: str
    selesai: datetime.date
    responden: int
    ikm: Decimal | None


@dataclass(frozen=True)
class Ikm:
    """What every screen calls "IKM": the realisation of the PD's IKM indicator (its IKU) s.d. a quarter, with
    the latest SKM period ended by the quarter's end beside it when that result differs."""

    nilai: Decimal | None
    sumber: str = ""
    skm: Decimal | None = None
    skm_periode: str = ""
    skm_responden: int = 0


def ikm_tampil(iku: tuple[Decimal, int] | None, periode: list[IkmPeriode], sampai: datetime.date) -> Ikm:
    """The IKM as shown at a quarter whose last day is ``sampai``: ``iku`` is the IKM indicator's value s.d.
    its latest measured quarter up to then, with that quarter (None when it has none yet); ``periode`` the PD's
    survey periods (oldest first), of which the latest ended by ``sampai`` in the same year is shown beside."""
    skm = next((p for p in reversed(periode) if p.ikm is not None and p.selesai.year == sampai.year
                and p.selesai <= sampai), None)
    realisasi, sumber = (iku[0], f"Realisasi IKU s.d. TW {iku[1]}") if iku else (None, "")
    if skm is None or skm.ikm == realisasi:
        return Ikm(realisasi, sumber)
    return Ikm(realisasi, sumber, skm.ikm, skm.periode, skm.responden)


def ikm_per_periode(scope: Scope, pd_ids: list[int]) -> list[IkmPeriode]:
    """The IKM of every survey period of the given PD, oldest first: one aggregate query for all."""
    rows = selectors.jumlah_per_periode(scope, pd_ids)
    return [IkmPeriode(r["periode__pd_id"], r["periode__nama"], r["periode__selesai"], r["n"],
                       _kelompok("", r, {}).ikm) for r in rows]
