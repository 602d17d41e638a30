"""Loads Wonoasih's 2024 year from :mod:`sakip.composite.demo.data.wonoasih_2024`: the three PK, the four quarters
and Tabel 3.26, at the level the seed gives each figure.

Where figures live (the seed's own levels, nothing split that the seed does not split):
- realisations of program/kegiatan/sub kegiatan indicators and of the IKU indicators: per quarter;
- pagu APBD (TW I–II) per sub kegiatan as the quarterly tables print it; pagu APBD-P (in force from
  TW III) per Tabel 3.26 line, i.e. per lokasi where Tabel 3.26 splits a sub kegiatan;
- spending TW I–III per sub kegiatan (quarterly tables); TW IV per Tabel 3.26 line;
- the annual realisations of the PK indicators (Tabel 3.2/3.10/3.18) as explicit annual values;
- the analysis of each PK indicator (Tabel 3.8/3.16/3.24 and Bab IV's notes) as staff's written analysis.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.composite.demo.data import wonoasih_2024 as seed
from sakip.composite.demo.simpan import simpan, simpan_banyak
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.measurement.models import (
    BelanjaTanpaRincian,
    Pagu,
    Realisasi,
    RealisasiAnggaran,
    RealisasiTahunan,
)
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Lokasi, Program, SubKegiatan
from sakip.domain.reporting.models import AnalisisCapaian
from sakip.rumus.angka import parse_angka, parse_nilai
from sakip.rumus.capaian import Peran, SumberAnggaran

TAHUN = 2024


def _rupiah(teks: str | None) -> Decimal | None:
    teks = (teks or "").replace("Rp", "").strip()
    if teks in ("", "-"):
        return None
    if "," not in teks and teks.count(".") == 0:
        return Decimal(teks)
    return parse_angka(teks)


def _rupiah_wajib(teks: str) -> Decimal:
    """An amount the seed always prints (a pagu, a printed total)."""
    nilai = _rupiah(teks)
    if nilai is None:
        raise ValueError(f"Jumlah rupiah kosong pada data demo: {teks!r}")
    return nilai


def _nilai(teks: str | None) -> Decimal | None:
    teks = (teks or "").strip()
    if teks in ("", "-"):
        return None
    return parse_nilai(teks).nilai


class Pengukuran2024:
    def __init__(self, pd: PerangkatDaerah) -> None:
        self.pd = pd
        self.program = {p.kode: p for p in Program.objects.filter(pd=pd, tahun=TAHUN).select_related("nomenklatur")}
        self.sub = {s.kode: s for s in SubKegiatan.objects.filter(pd=pd, kegiatan__program__tahun=TAHUN)
                    .select_related("nomenklatur")}
        self.sub_by_id = {s.pk: s for s in self.sub.values()}
        indikator = Indikator.objects.filter(pd=pd).select_related(
            "program__nomenklatur", "kegiatan__nomenklatur", "sub_kegiatan__nomenklatur",
            "sasaran__tujuan__renstra")
        self.by_owner: dict[tuple[str, str], Indikator] = {}  # (level, owner's code)
        self.sasaran_indikator: dict[str, Indikator] = {}  # by casefolded name
        for ind in indikator:
            if ind.level in ("program", "kegiatan", "sub_kegiatan"):
                owner = ind.pemilik
                year = owner.tahun if ind.level == "program" else None
                if year in (None, TAHUN):
                    self.by_owner.setdefault((ind.level, owner.kode), ind)
            elif ind.level == "sasaran" and ind.sasaran is not None and TAHUN in ind.sasaran.tujuan.renstra.tahun:
                self.sasaran_indikator[ind.nama.casefold()] = ind
        self.lokasi = {(lok.sub_kegiatan_id, lok.kelurahan.nama if lok.kelurahan_id and lok.kelurahan is not None else None): lok
                       for lok in Lokasi.objects.filter(pd=pd).select_related("kelurahan")}

    def run(self) -> None:
        self.perjanjian()
        self.quarters()
        self.tabel_3_26()
        self.tahunan()

    def _iku(self, nama: str) -> Indikator:
        return self.sasaran_indikator[nama.casefold()]

    def perjanjian(self) -> None:
        camat = Jabatan.objects.get(pd=self.pd, jenis=Jabatan.Jenis.PIMPINAN_PD)
        kepala = Jabatan.objects.get(pemda=self.pd.pemda, pd__isnull=True, jenis=Jabatan.Jenis.KEPALA_DAERAH)
        for spec in seed.PK:
            pk = simpan(PerjanjianKinerja(
                pd=self.pd, tahun=TAHUN, nomor=spec["nomor"], tanggal=spec["tanggal"], tempat=spec.get("tempat", ""),
                alasan=spec["alasan"], alasan_teks=spec.get("alasan_teks", ""), dasar_hukum=spec.get("dasar_hukum", ""),
                pernyataan=spec.get("pernyataan", ""), jabatan_pihak_pertama=camat, jabatan_pihak_kedua=kepala))
            for i, t in enumerate(spec["target"], start=1):
                parsed = parse_nilai(t["target"])
                simpan(TargetPk(perjanjian=pk, indikator=self._iku(t["indikator"]), urutan=i, nilai=parsed.nilai,
                                nilai_atas=parsed.atas, teks=t["target"]))
            for p in spec["program"]:
                simpan(AnggaranPk(perjanjian=pk, program=self.program[p["kode"]], nilai=_rupiah_wajib(p["anggaran"]),
                                      sumber=p.get("sumber", SumberAnggaran.APBD)))

    def quarters(self) -> None:
        realisasi, pagu, belanja = [], {}, []
        for tw, table in seed.PENGUKURAN.items():
            for row in table["iku"]:
                nilai = _nilai(row["realisasi"])
                if nilai == 0 and self._iku(row["indikator"]).peran == Peran.IKM:
                    continue  # DOMAIN.md: the seed's 0 for the IKM in TW I–II means "not measured yet", not a score
                realisasi.append(Realisasi(indikator=self._iku(row["indikator"]), tahun=TAHUN, triwulan=tw,
                                           nilai=nilai, teks=row["realisasi"] if nilai is not None else ""))
            for row in table["rows"]:
                ind = self.by_owner.get((row["level"], row["kode"]))
                nilai = _nilai(row.get("realisasi"))
                if ind is not None and nilai is not None:
                    realisasi.append(Realisasi(indikator=ind, tahun=TAHUN, triwulan=tw, nilai=nilai, teks=row["realisasi"]))
                if row["level"] != "sub_kegiatan":
                    continue
                sub = self.sub[row["kode"]]
                nilai_pagu = _rupiah(row.get("pagu")) if tw <= 2 else None
                if nilai_pagu is not None:
                    pagu[sub.pk] = Pagu(sub_kegiatan=sub, sumber=SumberAnggaran.APBD, berlaku_mulai=1, nilai=nilai_pagu)
                spent = _rupiah(row.get("realisasi_anggaran"))
                if tw <= 3 and spent is not None:
                    belanja.append(RealisasiAnggaran(sub_kegiatan=sub, triwulan=tw, nilai=spent))
        simpan_banyak(Realisasi, realisasi)
        simpan_banyak(Pagu, list(pagu.values()))
        simpan_banyak(RealisasiAnggaran, belanja)
        self.tanpa_rincian(belanja)

    def tanpa_rincian(self, belanja: list[RealisasiAnggaran]) -> None:
        """The part of a quarter's printed JUMLAH that no row of the seed's table accounts for (TW III)."""
        for tw, table in seed.PENGUKURAN.items():
            if tw == 4:
                continue  # TW IV spending is loaded per Tabel 3.26 line, which adds up to the JUMLAH
            printed = _rupiah_wajib(table["jumlah"]["realisasi_anggaran"])
            rows = sum((b.nilai for b in belanja if b.triwulan == tw), Decimal(0))
            if printed != rows:
                simpan(BelanjaTanpaRincian(
                    pd=self.pd, tahun=TAHUN, triwulan=tw, nilai=printed - rows,
                    keterangan=f"selisih baris JUMLAH tabel pengukuran triwulan {tw} LKjIP 2024 dengan rincian barisnya"))

    def tabel_3_26(self) -> None:
        """APBD-P pagu (from TW III) and TW IV spending per Tabel 3.26 line."""
        lines: dict[int, list[dict[str, Any]]] = {}
        for line in seed.TABEL_3_26:
            lines.setdefault(self.sub[line["kode"]].pk, []).append(line)
        pagu, belanja = [], []
        for sub_id, rows in lines.items():
            split = len(rows) > 1
            for line in rows:
                lokasi = self._lokasi(sub_id, line["lokasi"]) if split else None
                pagu.append(Pagu(sub_kegiatan=self.sub_by_id[sub_id], lokasi=lokasi, sumber=SumberAnggaran.APBD_P,
                                 berlaku_mulai=3, nilai=_rupiah_wajib(line["pagu"])))
                spent = _rupiah(line["realisasi"])
                if spent is not None:
                    belanja.append(RealisasiAnggaran(sub_kegiatan=self.sub_by_id[sub_id], lokasi=lokasi, triwulan=4,
                                                     nilai=spent))
        simpan_banyak(Pagu, pagu)
        simpan_banyak(RealisasiAnggaran, belanja)

    def _lokasi(self, sub_id: int, nama: str) -> Lokasi:
        key = None if nama == self.pd.nama else nama
        return self.lokasi[(sub_id, key)]

    def tahunan(self) -> None:
        for row in seed.REALISASI_TAHUNAN:
            simpan(RealisasiTahunan(indikator=self._iku(row["indikator"]), tahun=TAHUN,
                                        nilai=parse_nilai(row["realisasi"]).nilai, teks=row["realisasi"],
                                        sumber=row.get("sumber", "LKjIP 2024")))
        for row in seed.REALISASI_TAHUN_LALU:
            simpan(RealisasiTahunan(indikator=self._iku(row["indikator"]), tahun=TAHUN - 1,
                                   nilai=parse_nilai(row["realisasi"]).nilai, teks=row["realisasi"],
                                   sumber=row["sumber"]))
        for row in seed.ANALISIS:
            simpan(AnalisisCapaian(indikator=self._iku(row["indikator"]), tahun=TAHUN, penyebab=row["penyebab"],
                                   solusi=row.get("solusi", ""), langkah=row["langkah"]))


def load(pd: PerangkatDaerah) -> None:
    Pengukuran2024(pd).run()
