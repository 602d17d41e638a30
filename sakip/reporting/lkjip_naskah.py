"""The LKjIP as a document (Word and PDF) from the computed ``Lkjip``: Bab III (per sasaran the tables
(a)–(f) of PermenPANRB 53/2014 as seed 002 lays them out, and Realisasi Anggaran), Bab IV (the
conclusions with their figures) and the charts. Bab I–II (profile data, Renstra, PK narrative) are
not built yet.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.core.angka import format_angka, format_rupiah
from sakip.reporting.grafik import batang
from sakip.reporting.lkjip import Lkjip
from sakip.reporting.naskah import Bagian, Gambar, Tabel

ANGKA_HURUF = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan"}


def _a(value, places: int | None = None) -> str:
    return format_angka(value, places) if value is not None else "-"


def _p(hasil) -> str:
    return f"{format_angka(hasil.nilai, 2)}%" if hasil is not None and hasil.ada else "-"


def judul(dok: Lkjip) -> tuple[str, ...]:
    return ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", dok.unit_nama.upper(), f"TAHUN {dok.tahun}")


def bab(dok: Lkjip) -> list[Bagian]:
    sections = [Bagian("BAB III AKUNTABILITAS KINERJA")]
    for n, s in enumerate(dok.sasaran, start=1):
        rows = s.indikator
        sections.append(Bagian(f"3.1.{n} Sasaran {n}: {s.nama}", [
            Tabel("a. Perbandingan target dan realisasi kinerja",
                  ("Indikator kinerja utama", "Target Renstra", "Target penyesuaian", "Realisasi", "Capaian", "Kategori"),
                  [(i.nama, _a(i.target_renstra), _a(i.target), _a(i.realisasi), _p(i.capaian),
                    i.kategori.nama if i.kategori else "-") for i in rows]),
            Tabel(f"b. Perbandingan realisasi kinerja tahun {dok.tahun - 1} dan {dok.tahun}",
                  ("Indikator kinerja utama", f"Realisasi {dok.tahun - 1}", f"Realisasi {dok.tahun}"),
                  [(i.nama, _a(i.realisasi_tahun_lalu), _a(i.realisasi)) for i in rows]),
            Tabel("c. Perbandingan realisasi dengan target akhir Renstra",
                  ("Indikator kinerja utama", "Target akhir Renstra", f"Realisasi {dok.tahun}", "Tingkat kemajuan"),
                  [(i.nama, _a(i.target_akhir_renstra), _a(i.realisasi), _p(i.kemajuan)) for i in rows]),
            Tabel("d. Anggaran sasaran",
                  ("Indikator kinerja utama", "Pagu program pendukung", "Porsi dari anggaran perangkat daerah"),
                  [(i.nama, format_rupiah(i.anggaran.pagu), _p(i.anggaran.porsi)) for i in rows]),
            Tabel("e. Capaian kinerja dan realisasi anggaran",
                  ("Indikator kinerja utama", "Capaian kinerja", "Pagu", "Realisasi anggaran", "Serapan"),
                  [(i.nama, _p(i.capaian), format_rupiah(i.anggaran.pagu), format_rupiah(i.anggaran.realisasi),
                    _p(i.anggaran.serapan)) for i in rows]),
            Tabel("f. Efisiensi", ("Indikator kinerja utama", "Serapan anggaran", "Capaian kinerja", "Efisiensi"),
                  [(i.nama, _p(i.anggaran.serapan), _p(i.capaian), _p(i.efisiensi)) for i in rows]),
            *[text for i in rows for text in (
                f"g. Analisis {i.nama}: {i.analisis[0]}",
                *([f"Alternatif solusi: {i.analisis[1]}"] if i.analisis[1] else []),
                *([f"Langkah selanjutnya: {i.analisis[2]}"] if i.analisis[2] else []))],
            "h. Program pendukung: " + "; ".join(s.program) + ".",
        ], tingkat=2))
    sections.append(Bagian("3.2 Realisasi Anggaran", [_tabel_anggaran(dok), Gambar(
        "Serapan anggaran per program", batang("Serapan anggaran per program (%)",
                                                [p["nama"] for p in dok.program],
                                                [Decimal(str(p["serapan_persen"] or 0)) for p in dok.program]))],
        tingkat=2))
    sections.append(Bagian("BAB IV PENUTUP", _kesimpulan(dok)))
    return sections


def _tabel_anggaran(dok: Lkjip) -> Tabel:
    rows = []
    for p in dok.program:
        rows.append((p["kode"], p["nama"], "", "", _a(p["pagu"]), _a(p["realisasi"]), _a(p["serapan_persen"], 2)))
        for k in p["kegiatan"]:
            rows.append((k["kode"], "", k["nama"], "", _a(k["pagu"]), _a(k["realisasi"]), _a(k["serapan_persen"], 2)))
            for sub in k["sub_kegiatan"]:
                if sub["lokasi_rincian"]:
                    for lok in sub["lokasi_rincian"]:
                        rows.append((sub["kode"], "", "", f"{sub['nama']} ({lok['lokasi']})", _a(lok["pagu"]),
                                     _a(lok["realisasi"]), _a(lok["serapan_persen"], 2)))
                else:
                    rows.append((sub["kode"], "", "", sub["nama"], _a(sub["pagu"]), _a(sub["realisasi"]),
                                 _a(sub["serapan_persen"], 2)))
    a = dok.anggaran
    rows.append(("", "JUMLAH", "", "", _a(a.pagu), _a(a.realisasi), _a(a.serapan.nilai, 2)))
    return Tabel(f"Tabel Realisasi Anggaran {dok.unit_nama} Tahun {dok.tahun}",
                 ("Kode", "Program", "Kegiatan", "Sub kegiatan", "Pagu anggaran (Rp)", "Realisasi (Rp)", "%"), rows,
                 lebar=True)


def _kesimpulan(dok: Lkjip) -> list:
    parts = []
    for n, s in enumerate(dok.sasaran, start=1):
        count = len(s.indikator)
        details = ", ".join(f"{i.nama} dengan capaian {_p(i.capaian)} atau interpretasi "
                            f"{i.kategori.nama.lower() if i.kategori else '-'}" for i in s.indikator)
        parts.append(f"Sasaran {n} ({s.nama}) terdiri dari {count} ({ANGKA_HURUF.get(count, count)}) indikator: {details}.")
    a = dok.anggaran
    parts.append(f"Anggaran {dok.unit_nama} tahun {dok.tahun} sebesar {format_rupiah(a.pagu)} terealisasi "
                 f"{format_rupiah(a.realisasi)} atau {_p(a.serapan)}, dengan sisa anggaran {format_rupiah(a.sisa)}.")
    parts.append(Gambar("Capaian kinerja per indikator", batang(
        "Capaian kinerja per indikator (%)", [i.nama for s in dok.sasaran for i in s.indikator],
        [i.capaian.nilai or Decimal(0) for s in dok.sasaran for i in s.indikator])))
    return parts
