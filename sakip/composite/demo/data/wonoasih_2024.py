"""Kecamatan Wonoasih, year 2024, from seed 002 (LKjIP 2024): the three Perjanjian Kinerja, the four
quarterly measurement tables ("PENGUKURAN KINERJA ... TRIWULAN I–IV TAHUN 2024"), Tabel 3.26
(Realisasi Anggaran, 45 sub kegiatan lines) and the annual realisations of Tabel 3.2, 3.10, 3.18.

Values are kept as the seed writes them ("2.054.012.000", "85,71%", "150 Orang", "-"); the loader
(:mod:`sakip.composite.demo.pengukuran_2024`) parses them. Rows refer to the 2024 programs, kegiatan and sub
kegiatan of :mod:`sakip.composite.demo.data.wonoasih` by nomenclature code; the row tables were read off the
seed's tab-separated text and each name matched to its code (every match checked by hand).

Seed notes (every place the seed disagrees with itself, and the reading taken):

* The TW III and TW IV tables are incomplete in the seed: the rows of PROGRAM PENUNJANG (head,
  kegiatan 2.01–2.03 and their sub kegiatan, among them Penyediaan Gaji dan Tunjangan ASN) and of
  PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM are missing, and so is the IKM row of the IKU part.
  Their JUMLAH rows are nevertheless complete (TW III 14.415.022.746 / 9.915.580.282). TW III
  spending is therefore known per sub kegiatan only where a row exists; the rest of the printed
  total is kept as spending reported without a breakdown ("jumlah" below, loaded as
  ``BelanjaTanpaRincian``), never spread over sub kegiatan the seed does not name.
* TW IV spending and the APBD-P pagu come from Tabel 3.26, which is complete: its 45 lines add up to
  the TW IV JUMLAH exactly (pagu 14.415.022.746, realisasi 13.770.521.146). Tabel 3.26 splits four
  sub kegiatan by lokasi (kelurahan, or "(Kecamatan Wonoasih)" for the kecamatan itself); those
  figures are loaded per lokasi. The TW IV table itself repeats the same figures per sub kegiatan.
* TW I–II pagu is the APBD; TW III–IV pagu is the APBD-P (the tables head it "Pagu P APBD").
* TW I: "Peningkatan Partisipasi Masyarakat ..." shows spending 135.970.100, the same figure as its
  kegiatan, while its two sister sub kegiatan show "-": the sub kegiatan figures add up to the
  kegiatan's, so they are taken as printed.
* TW I: three rows print pagu and spending in one cell ("10.000.000 -"): read as pagu 10.000.000,
  spending "-".
* Spellings differ between the tables and the nomenclature ("Penyediaan Barang Cetakan dan
  Pengandaan", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMMUM", "Kedung Galeng"); the rows keep
  the seed's spelling in ``nama`` and are matched by code.
* The IKU part of the tables names the first sasaran indicator "% Kelompok dan Lembaga
  Kemasyarakatan yang Difasilitasi"; the PK of February and November write "Lembaga Masyarakat".
  Both are the Renstra indicator "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi".
* The IKM of TW I and TW II is printed as "0" (no survey yet that semester) and kept as 0.
* The administrasi perkantoran indicator is 75% at TW IV in the quarterly table but 100% in Tabel
  3.10; both are kept (TW IV as the quarterly value, 100% as the explicit annual realisation).
* PK dates: the seed prints only the month ("Januari 2024", "Februari 2024", "November 2024"). The
  day is the first day the pihak kedua held office in that month per :mod:`sakip.composite.demo.data.probolinggo`
  (2 January, 1 February, 1 November 2024).
* The first PK writes the Camat's post "Camat Wonoasih", the second "Camat Wonoasih Kota
  Probolinggo": one post, printed from the data as "Camat Wonoasih".
"""

import datetime
from typing import Any

KELOMPOK = "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi"
IKM = "Indeks Kepuasan Masyarakat (IKM)"
ADMINISTRASI = "Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani sesuai ketentuan"

_TARGET_PK = [
    {"sasaran": "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan", "indikator": KELOMPOK, "target": "80%"},
    {"sasaran": "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih", "indikator": IKM, "target": "94,14"},
    {"sasaran": "Meningkatnya Manajemen Perkantoran", "indikator": ADMINISTRASI, "target": "100%"},
]
_PROGRAM_APBD = [
    {"kode": "7.01.01", "nama": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "anggaran": "9.089.987.270,00",
     "sumber": "APBD"},
    {"kode": "7.01.02", "nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "anggaran": "1.981.567.018,00",
     "sumber": "APBD"},
    {"kode": "7.01.03", "nama": "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "anggaran": "2.054.012.000,00",
     "sumber": "APBD"},
    {"kode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "anggaran": "504.411.500,00",
     "sumber": "APBD"},
]
_PROGRAM_APBD_P = [
    {"kode": "7.01.01", "nama": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "anggaran": "9.638.366.951,00",
     "sumber": "APBD-P"},
    {"kode": "7.01.02", "nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "anggaran": "1.933.956.597,00",
     "sumber": "APBD-P"},
    {"kode": "7.01.03", "nama": "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "anggaran": "2.361.487.698,00",
     "sumber": "APBD-P"},
    {"kode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "anggaran": "481.211.500,00",
     "sumber": "APBD-P"},
]

PK: list[dict[str, Any]] = [
    {"nomor": 1, "tanggal": datetime.date(2024, 1, 2), "tempat": "Probolinggo", "alasan": "awal",
     "alasan_teks": "Perjanjian Kinerja awal tahun 2024 berdasarkan APBD 2024.",
     "dasar_hukum": "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan "
                    "Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
     "target": _TARGET_PK, "program": _PROGRAM_APBD, "total_anggaran": "13.629.977.788,00"},
    {"nomor": 2, "tanggal": datetime.date(2024, 2, 1), "tempat": "Probolinggo", "alasan": "pejabat",
     "alasan_teks": "Pergantian pihak kedua: Pj. Wali Kota Probolinggo menggantikan Wali Kota yang masa jabatannya "
                    "berakhir.",
     "dasar_hukum": "Peraturan Menteri PANRB Nomor 53 Tahun 2014.",
     "target": _TARGET_PK, "program": _PROGRAM_APBD, "total_anggaran": "13.629.977.788,00"},
    {"nomor": 3, "tanggal": datetime.date(2024, 11, 1), "tempat": "Probolinggo", "alasan": "anggaran",
     "alasan_teks": "Perubahan anggaran (APBD Perubahan 2024) dan pergantian pihak kedua (Wali Kota Probolinggo).",
     "dasar_hukum": "Peraturan Menteri PANRB Nomor 53 Tahun 2014; Peraturan Daerah Kota Probolinggo tentang Perubahan "
                    "APBD Tahun Anggaran 2024.",
     "target": _TARGET_PK, "program": _PROGRAM_APBD_P, "total_anggaran": "14.415.022.746,00"},
]

REALISASI_TAHUNAN = [
    {"indikator": IKM, "target_renstra": "88,60", "target_pk": "94,14", "realisasi": "94,17",
     "sumber": "LKjIP 2024 Tabel 3.2 (hasil SKM semester II 2024, aplikasi Portal Emas)"},
    {"indikator": ADMINISTRASI, "target_renstra": "-", "target_pk": "100%", "realisasi": "100%",
     "sumber": "LKjIP 2024 Tabel 3.10"},
    {"indikator": KELOMPOK, "target_renstra": "40%", "target_pk": "80%", "realisasi": "85,71%",
     "sumber": "LKjIP 2024 Tabel 3.18"},
]

# The analysis staff wrote for each indicator (LKjIP 2024 Bab III g, Tabel 3.8/3.16/3.24 "ANALISA PENYEBAB",
# and Bab IV's table, "Catatan Analisa"). The seed writes no solution column: "solusi" stays empty, so the
# document prints no empty Solusi column. Tabel 3.24 prints the program list under the analysis heading and
# Tabel 3.25 the analysis under the program heading (the seed swapped them); the analysis text is the one taken.
ANALISIS = [
    {"indikator": IKM,
     "penyebab": "Peningkatan kinerja dapat tercapai karena meningkatnya kualitas SDM dan terpenuhinya sarana "
                 "prasarana serta adanya inovasi-inovasi pelayanan",
     "langkah": "Realisasi sudah mencapai target yang artinya kinerja pada indikator Indeks Kepuasan Masyarakat "
                "(IKM) sudah baik dan selanjutnya dipertahankan."},
    {"indikator": ADMINISTRASI,
     "penyebab": "Peningkatan kinerja dapat tercapai karena dalam seluruh pengelolaan administrasi perkantoran "
                 "dilaksanakan sesuai dengan ketentuan.",
     "langkah": "Realisasi sudah mencapai target yang artinya kinerja pada indikator Persentase Capaian Pengelolaan "
                "Administrasi Perkantoran yang ditangani sesuai ketentuan sudah baik dan selanjutnya dipertahankan."},
    {"indikator": KELOMPOK,
     "penyebab": "Fasilitasi kepada kelompok dan lembaga masyarakat sudah dilaksanakan sesuai target.",
     "langkah": "Realisasi sudah mencapai target yang artinya kinerja pada Persentase Kelompok dan Lembaga "
                "Kemasyarakatan yang Difasilitasi sudah baik dan selanjutnya dipertahankan."},
]

# The year before, as LKjIP 2024 reports it (Tabel 3.3, 3.11, 3.19): shown beside 2024 in Bab III (b).
# Bab IV's table prints “-” for the administration indicator in 2023 while Tabel 3.11 gives 100%;
# Tabel 3.11 is used.
REALISASI_TAHUN_LALU = [
    {"indikator": IKM, "realisasi": "94,15", "sumber": "LKjIP 2024 Tabel 3.3"},
    {"indikator": ADMINISTRASI, "realisasi": "100%", "sumber": "LKjIP 2024 Tabel 3.11"},
    {"indikator": KELOMPOK, "realisasi": "35%", "sumber": "LKjIP 2024 Tabel 3.19"},
]

PENGUKURAN: dict[int, dict[str, Any]] = {
    1: {
        "iku": [
            {"indikator": KELOMPOK, "satuan": "%", "target": "80%", "realisasi": "45,71%"},
            {"indikator": IKM, "satuan": "Skor", "target": "94,14", "realisasi": "0"},
            {"indikator": ADMINISTRASI, "satuan": "%", "target": "100", "realisasi": "25%"},
        ],
        "rows": [
            {"level": "program", "kode": "7.01.03", "nama": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "95", "realisasi": "35,78", "pagu": "2.054.012.000", "realisasi_anggaran": "179.379.756"},
            {"level": "kegiatan", "kode": "7.01.03.2.02", "nama": "Kegiatan Pemberdayaan Kelurahan", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "90", "realisasi": "46,55", "pagu": "1.350.000.000", "realisasi_anggaran": "135.970.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0001", "nama": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan", "satuan": "LKK", "target": "30", "realisasi": "30", "pagu": "150.000.000", "realisasi_anggaran": "135.970.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0002", "nama": "Pembangunan Sarana dan Prasarana Kelurahan", "indikator": "Jumlah Sarana dan Prasarana Kelurahan yang Terbangun", "satuan": "Unit", "target": "17", "realisasi": "0", "pagu": "222.740.000", "realisasi_anggaran": "-"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0003", "nama": "Pemberdayaan Masyarakat di Kelurahan", "indikator": "Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan", "satuan": "Pokmas / Ormas", "target": "11", "realisasi": "0", "pagu": "977.260.000", "realisasi_anggaran": "-"},
            {"level": "kegiatan", "kode": "7.01.03.2.03", "nama": "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang difasilitasi", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "704.012.000", "realisasi_anggaran": "43.409.656"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.03.0002", "nama": "Peningkatan Kapasitas Lembaga Kemasyarakatan", "indikator": "Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya", "satuan": "LKK", "target": "4", "realisasi": "1", "pagu": "704.012.000", "realisasi_anggaran": "43.409.656"},
            {"level": "program", "kode": "7.01.02", "nama": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "indikator": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "1.981.567.018", "realisasi_anggaran": "284.668.290"},
            {"level": "kegiatan", "kode": "7.01.02.2.01", "nama": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Persentase Kelurahan Kategori berkembang", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "1.215.800.000", "realisasi_anggaran": "181.929.400"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.01.0002", "nama": "Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "satuan": "Dokumen", "target": "12", "realisasi": "3", "pagu": "1.215.800.000", "realisasi_anggaran": "181.929.400"},
            {"level": "kegiatan", "kode": "7.01.02.2.02", "nama": "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", "indikator": "Persentase pelayanan yang sesuai Standart Pelayanan", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "765.767.018", "realisasi_anggaran": "102.738.890"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.02.0003", "nama": "Peningkatan Efektivitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "indikator": "Jumlah Laporan Peningkatan Efektivitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "satuan": "Laporan", "target": "12", "realisasi": "3", "pagu": "765.767.018", "realisasi_anggaran": "102.738.890"},
            {"level": "program", "kode": "7.01.05", "nama": "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMMUM", "indikator": "Persentase Penurunan Gangguan Keamanan", "satuan": "%", "target": "25%", "realisasi": "0", "pagu": "504.411.500", "realisasi_anggaran": "25.286.484"},
            {"level": "kegiatan", "kode": "7.01.05.2.01", "nama": "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "indikator": "Persentase Gangguan Keamanan yang difasilitasi", "satuan": "%", "target": "100%", "realisasi": "0", "pagu": "504.411.500", "realisasi_anggaran": "25.286.484"},
            {"level": "sub_kegiatan", "kode": "7.01.05.2.01.0002", "nama": "Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional", "indikator": "Jumlah Orang yang Mengikuti Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional", "satuan": "Orang", "target": "150 Orang", "realisasi": "0", "pagu": "504.411.500", "realisasi_anggaran": "25.286.484"},
            {"level": "program", "kode": "7.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "indikator": "Persentase Capaian Kinerja Program Minimal 80%", "satuan": "%", "target": "100", "realisasi": "37,53", "pagu": "9.089.987.270", "realisasi_anggaran": "1.989.189.709"},
            {"level": "kegiatan", "kode": "7.01.01.2.01", "nama": "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "indikator": "Persentase Capaian Kinerja Kegiatan Perangkat Daerah Minimal 80%", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "35.000.000", "realisasi_anggaran": "4.592.100"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.01.0006", "nama": "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "indikator": "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "satuan": "Laporan", "target": "4", "realisasi": "1", "pagu": "35.000.000", "realisasi_anggaran": "4.592.100"},
            {"level": "kegiatan", "kode": "7.01.01.2.02", "nama": "Administrasi Keuangan Perangkat Daerah", "indikator": "Persentase Administrasi Keuangan Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "90,48", "pagu": "8.467.805.033", "realisasi_anggaran": "1.911.028.735"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.02.0001", "nama": "Penyediaan Gaji dan Tunjangan ASN", "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "satuan": "Orang/Bulan", "target": "73", "realisasi": "73", "pagu": "8.361.400.033", "realisasi_anggaran": "1.887.671.625"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.02.0003", "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "satuan": "Dokumen", "target": "12", "realisasi": "3", "pagu": "106.405.000", "realisasi_anggaran": "23.357.110"},
            {"level": "kegiatan", "kode": "7.01.01.2.03", "nama": "Administrasi Barang Milik Daerah pada Perangkat Daerah", "indikator": "Persentase Administrasi Barang Milik Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "-"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.03.0006", "nama": "Penatausahaan Barang Milik Daerah pada SKPD", "indikator": "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD", "satuan": "Laporan", "target": "1", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "-"},
            {"level": "kegiatan", "kode": "7.01.01.2.05", "nama": "Administrasi Kepegawaian Perangkat Daerah", "indikator": "Persentase Administrasi Kepegawaian Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "-"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.05.0010", "nama": "Sosialisasi Peraturan Perundang-Undangan", "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan", "satuan": "Orang", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "-"},
            {"level": "kegiatan", "kode": "7.01.01.2.06", "nama": "Administrasi Umum Perangkat Daerah", "indikator": "Persentase Administrasi Umum PD Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "25,08", "pagu": "154.757.532", "realisasi_anggaran": "18.292.687"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0002", "nama": "Penyediaan Peralatan dan Perlengkapan Kantor", "indikator": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "satuan": "Paket", "target": "4", "realisasi": "1", "pagu": "75.293.000", "realisasi_anggaran": "7.265.500"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0005", "nama": "Penyediaan Barang Cetakan dan Pengandaan", "indikator": "Jumlah Paket Barang Cetakan dan Pengandaan yang Disediakan", "satuan": "Paket", "target": "12", "realisasi": "3", "pagu": "10.000.000", "realisasi_anggaran": "785.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0006", "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan", "indikator": "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "satuan": "Dokumen", "target": "552", "realisasi": "138", "pagu": "3.500.000", "realisasi_anggaran": "580.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0008", "nama": "Fasilitasi Kunjungan Tamu", "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu", "satuan": "Laporan", "target": "12", "realisasi": "3", "pagu": "10.000.000", "realisasi_anggaran": "1.131.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0009", "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "satuan": "Laporan", "target": "10", "realisasi": "3", "pagu": "55.964.532", "realisasi_anggaran": "8.531.187"},
            {"level": "kegiatan", "kode": "7.01.01.2.08", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase Kebutuhan Ketatalaksanaan yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "25", "pagu": "197.045.216", "realisasi_anggaran": "34.319.272"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0002", "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "indikator": "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "3", "pagu": "99.000.000", "realisasi_anggaran": "18.263.730"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0004", "nama": "Penyediaan Jasa Pelayanan Umum Kantor", "indikator": "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "3", "pagu": "98.045.216", "realisasi_anggaran": "16.055.542"},
            {"level": "kegiatan", "kode": "7.01.01.2.09", "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase BMD dalam kondisi baik", "satuan": "%", "target": "100", "realisasi": "97,14", "pagu": "215.379.489", "realisasi_anggaran": "20.956.915"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0001", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan Dibayarkan Pajaknya", "indikator": "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "36.271.489", "realisasi_anggaran": "3.638.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0002", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan Dibayarkan Pajak dan Perizinannya", "indikator": "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya", "satuan": "Unit", "target": "23", "realisasi": "23", "pagu": "89.108.000", "realisasi_anggaran": "5.758.915"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0006", "nama": "Pemeliharaan Peralatan dan Mesin Lainnya yang Dipelihara", "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "satuan": "Unit", "target": "10", "realisasi": "10", "pagu": "40.000.000", "realisasi_anggaran": "11.560.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0009", "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "satuan": "Unit", "target": "1", "realisasi": "0", "pagu": "50.000.000", "realisasi_anggaran": "-"},
        ],
        "jumlah": {"pagu": "13.629.977.788", "realisasi_anggaran": "2.478.524.239"},
    },
    2: {
        "iku": [
            {"indikator": KELOMPOK, "satuan": "%", "target": "80%", "realisasi": "71,20%"},
            {"indikator": IKM, "satuan": "Skor", "target": "94,14", "realisasi": "0"},
            {"indikator": ADMINISTRASI, "satuan": "%", "target": "100", "realisasi": "50%"},
        ],
        "rows": [
            {"level": "program", "kode": "7.01.03", "nama": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "95", "realisasi": "56,82", "pagu": "2.054.012.000", "realisasi_anggaran": "1.128.117.890"},
            {"level": "kegiatan", "kode": "7.01.03.2.02", "nama": "Kegiatan Pemberdayaan Kelurahan", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "90", "realisasi": "63,62", "pagu": "1.350.000.000", "realisasi_anggaran": "984.802.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0001", "nama": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan", "satuan": "LKK", "target": "30", "realisasi": "30", "pagu": "150.000.000", "realisasi_anggaran": "145.879.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0002", "nama": "Pembangunan Sarana dan Prasarana Kelurahan", "indikator": "Jumlah Sarana dan Prasarana Kelurahan yang Terbangun", "satuan": "Unit", "target": "17", "realisasi": "0", "pagu": "222.740.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0003", "nama": "Pemberdayaan Masyarakat di Kelurahan", "indikator": "Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan", "satuan": "Pokmas / Ormas", "target": "11", "realisasi": "11", "pagu": "977.260.000", "realisasi_anggaran": "838.923.000"},
            {"level": "kegiatan", "kode": "7.01.03.2.03", "nama": "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang difasilitasi", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "704.012.000", "realisasi_anggaran": "143.315.790"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.03.0002", "nama": "Peningkatan Kapasitas Lembaga Kemasyarakatan", "indikator": "Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya", "satuan": "LKK", "target": "4", "realisasi": "2", "pagu": "704.012.000", "realisasi_anggaran": "143.315.790"},
            {"level": "program", "kode": "7.01.02", "nama": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "indikator": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "1.981.567.018", "realisasi_anggaran": "663.397.978"},
            {"level": "kegiatan", "kode": "7.01.02.2.01", "nama": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Persentase Kelurahan Kategori berkembang", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "1.215.800.000", "realisasi_anggaran": "388.672.800"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.01.0002", "nama": "Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "satuan": "Dokumen", "target": "12", "realisasi": "6", "pagu": "1.215.800.000", "realisasi_anggaran": "388.672.800"},
            {"level": "kegiatan", "kode": "7.01.02.2.02", "nama": "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", "indikator": "Persentase pelayanan yang sesuai Standart Pelayanan", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "765.767.018", "realisasi_anggaran": "274.725.178"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.02.0003", "nama": "Peningkatan Efektivitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "indikator": "Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "satuan": "Laporan", "target": "12", "realisasi": "6", "pagu": "765.767.018", "realisasi_anggaran": "274.725.178"},
            {"level": "program", "kode": "7.01.05", "nama": "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "indikator": "Persentase Penurunan Gangguan Keamanan", "satuan": "%", "target": "25%", "realisasi": "16,75", "pagu": "504.411.500", "realisasi_anggaran": "146.979.210"},
            {"level": "kegiatan", "kode": "7.01.05.2.01", "nama": "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "indikator": "Persentase Gangguan Keamanan yang difasilitasi", "satuan": "%", "target": "100%", "realisasi": "67", "pagu": "504.411.500", "realisasi_anggaran": "146.979.210"},
            {"level": "sub_kegiatan", "kode": "7.01.05.2.01.0002", "nama": "Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional", "indikator": "Jumlah Orang yang Mengikuti Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional", "satuan": "Orang", "target": "150 Orang", "realisasi": "100", "pagu": "504.411.500", "realisasi_anggaran": "146.979.210"},
            {"level": "program", "kode": "7.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "indikator": "Persentase Capaian Kinerja Program Minimal 80%", "satuan": "%", "target": "100", "realisasi": "48,74", "pagu": "9.089.987.270", "realisasi_anggaran": "4.848.235.440"},
            {"level": "kegiatan", "kode": "7.01.01.2.01", "nama": "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "indikator": "Persentase Capaian Kinerja Kegiatan Perangkat Daerah Minimal 80%", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "35.000.000", "realisasi_anggaran": "8.031.500"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.01.0006", "nama": "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "indikator": "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "satuan": "Laporan", "target": "4", "realisasi": "2", "pagu": "35.000.000", "realisasi_anggaran": "8.031.500"},
            {"level": "kegiatan", "kode": "7.01.01.2.02", "nama": "Administrasi Keuangan Perangkat Daerah", "indikator": "Persentase Administrasi Keuangan Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "93,98", "pagu": "8.467.805.033", "realisasi_anggaran": "4.656.943.822"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.02.0001", "nama": "Penyediaan Gaji dan Tunjangan ASN", "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "satuan": "Orang/Bulan", "target": "73", "realisasi": "73", "pagu": "8.361.400.033", "realisasi_anggaran": "4.603.797.800"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.02.0003", "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "satuan": "Dokumen", "target": "12", "realisasi": "6", "pagu": "106.405.000", "realisasi_anggaran": "53.146.022"},
            {"level": "kegiatan", "kode": "7.01.01.2.03", "nama": "Administrasi Barang Milik Daerah pada Perangkat Daerah", "indikator": "Persentase Administrasi Barang Milik Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.03.0006", "nama": "Penatausahaan Barang Milik Daerah pada SKPD", "indikator": "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD", "satuan": "Laporan", "target": "1", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "0"},
            {"level": "kegiatan", "kode": "7.01.01.2.05", "nama": "Administrasi Kepegawaian Perangkat Daerah", "indikator": "Persentase Administrasi Kepegawaian Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.05.0010", "nama": "Sosialisasi Peraturan Perundang-Undangan", "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan", "satuan": "Orang", "target": "100", "realisasi": "0", "pagu": "10.000.000", "realisasi_anggaran": "0"},
            {"level": "kegiatan", "kode": "7.01.01.2.06", "nama": "Administrasi Umum Perangkat Daerah", "indikator": "Persentase Administrasi Umum PD Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "50,08", "pagu": "154.757.532", "realisasi_anggaran": "56.848.391"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0002", "nama": "Penyediaan Peralatan dan Perlengkapan Kantor", "indikator": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "satuan": "Paket", "target": "4", "realisasi": "2", "pagu": "75.293.000", "realisasi_anggaran": "30.444.500"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0005", "nama": "Penyediaan Barang Cetak dan Pengandaan", "indikator": "Jumlah Paket Barang Cetak dan Pengandaan yang Disediakan", "satuan": "Paket", "target": "12", "realisasi": "6", "pagu": "10.000.000", "realisasi_anggaran": "2.900.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0006", "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan", "indikator": "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "satuan": "Dokumen", "target": "552", "realisasi": "276", "pagu": "3.500.000", "realisasi_anggaran": "1.330.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0008", "nama": "Fasilitasi Kunjungan Tamu", "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu", "satuan": "Laporan", "target": "12", "realisasi": "6", "pagu": "10.000.000", "realisasi_anggaran": "2.269.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0009", "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "satuan": "Laporan", "target": "10", "realisasi": "5", "pagu": "55.964.532", "realisasi_anggaran": "19.904.891"},
            {"level": "kegiatan", "kode": "7.01.01.2.08", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase Kebutuhan Ketatalaksanaan yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "50", "pagu": "197.045.216", "realisasi_anggaran": "70.717.558"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0002", "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "indikator": "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "6", "pagu": "99.000.000", "realisasi_anggaran": "34.043.689"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0004", "nama": "Penyediaan Jasa Pelayanan Umum Kantor", "indikator": "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "6", "pagu": "98.045.216", "realisasi_anggaran": "36.673.869"},
            {"level": "kegiatan", "kode": "7.01.01.2.09", "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase BMD dalam kondisi baik", "satuan": "%", "target": "100", "realisasi": "97,14", "pagu": "215.379.489", "realisasi_anggaran": "55.694.169"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0001", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "indikator": "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "36.271.489", "realisasi_anggaran": "8.779.300"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0002", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", "indikator": "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya", "satuan": "Unit", "target": "23", "realisasi": "23", "pagu": "89.108.000", "realisasi_anggaran": "29.134.869"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0006", "nama": "Pemeliharaan Peralatan dan Mesin Lainnya", "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "satuan": "Unit", "target": "10", "realisasi": "10", "pagu": "40.000.000", "realisasi_anggaran": "17.780.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0009", "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "satuan": "Unit", "target": "1", "realisasi": "0", "pagu": "50.000.000", "realisasi_anggaran": "0"},
        ],
        "jumlah": {"pagu": "13.629.977.788", "realisasi_anggaran": "6.786.730.518"},
    },
    3: {
        "iku": [
            {"indikator": KELOMPOK, "satuan": "%", "target": "80%", "realisasi": "74,21%"},
            {"indikator": ADMINISTRASI, "satuan": "%", "target": "100", "realisasi": "75%"},
        ],
        "rows": [
            {"level": "program", "kode": "7.01.03", "nama": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "95", "realisasi": "69,32", "pagu": "2.361.487.698", "realisasi_anggaran": "1.367.558.674"},
            {"level": "kegiatan", "kode": "7.01.03.2.02", "nama": "Kegiatan Pemberdayaan Kelurahan", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "90", "realisasi": "63,62", "pagu": "1.659.975.698", "realisasi_anggaran": "1.110.086.750"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0001", "nama": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan", "satuan": "LKK", "target": "30", "realisasi": "30", "pagu": "145.879.100", "realisasi_anggaran": "145.879.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0002", "nama": "Pembangunan Sarana dan Prasarana Kelurahan", "indikator": "Jumlah Sarana dan Prasarana Kelurahan yang Terbangun", "satuan": "Unit", "target": "17", "realisasi": "0", "pagu": "297.740.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0003", "nama": "Pemberdayaan Masyarakat di Kelurahan", "indikator": "Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan", "satuan": "Pokmas / Ormas", "target": "11", "realisasi": "11", "pagu": "1.216.356.598", "realisasi_anggaran": "964.207.650"},
            {"level": "kegiatan", "kode": "7.01.03.2.03", "nama": "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang difasilitasi", "satuan": "%", "target": "100", "realisasi": "75", "pagu": "701.512.000", "realisasi_anggaran": "257.471.924"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.03.0002", "nama": "Peningkatan Kapasitas Lembaga Kemasyarakatan", "indikator": "Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya", "satuan": "LKK", "target": "4", "realisasi": "3", "pagu": "701.512.000", "realisasi_anggaran": "257.471.924"},
            {"level": "program", "kode": "7.01.02", "nama": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "indikator": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "%", "target": "100", "realisasi": "75", "pagu": "1.933.956.597", "realisasi_anggaran": "1.221.953.689"},
            {"level": "kegiatan", "kode": "7.01.02.2.01", "nama": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Persentase Kelurahan Kategori berkembang", "satuan": "%", "target": "100", "realisasi": "75", "pagu": "1.185.600.000", "realisasi_anggaran": "774.910.900"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.01.0002", "nama": "Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "satuan": "Dokumen", "target": "12", "realisasi": "9", "pagu": "1.185.600.000", "realisasi_anggaran": "774.910.900"},
            {"level": "kegiatan", "kode": "7.01.02.2.02", "nama": "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", "indikator": "Persentase pelayanan yang sesuai Standart Pelayanan", "satuan": "%", "target": "100", "realisasi": "75", "pagu": "748.356.597", "realisasi_anggaran": "447.042.789"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.03.0006", "nama": "Penatausahaan Barang Milik Daerah pada SKPD", "indikator": "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD", "satuan": "Laporan", "target": "1", "realisasi": "0", "pagu": "4.000.000", "realisasi_anggaran": "0"},
            {"level": "kegiatan", "kode": "7.01.01.2.05", "nama": "Administrasi Kepegawaian Perangkat Daerah", "indikator": "Persentase Administrasi Kepegawaian Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "6.000.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.05.0010", "nama": "Sosialisasi Peraturan Perundang-Undangan", "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan", "satuan": "Orang", "target": "100", "realisasi": "0", "pagu": "6.000.000", "realisasi_anggaran": "0"},
            {"level": "kegiatan", "kode": "7.01.01.2.06", "nama": "Administrasi Umum Perangkat Daerah", "indikator": "Persentase Administrasi Umum PD Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "71,08", "pagu": "150.937.587", "realisasi_anggaran": "90.681.506"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0002", "nama": "Penyediaan Peralatan dan Perlengkapan Kantor", "indikator": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "satuan": "Paket", "target": "4", "realisasi": "3", "pagu": "81.593.000", "realisasi_anggaran": "47.206.500"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0005", "nama": "Penyediaan Barang Cetak dan Pengandaan", "indikator": "Jumlah Paket Barang Cetak dan Pengandaan yang Disediakan", "satuan": "Paket", "target": "12", "realisasi": "9", "pagu": "10.000.000", "realisasi_anggaran": "8.979.900"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0006", "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan", "indikator": "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "satuan": "Dokumen", "target": "552", "realisasi": "414", "pagu": "2.480.000", "realisasi_anggaran": "1.880.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0008", "nama": "Fasilitasi Kunjungan Tamu", "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu", "satuan": "Laporan", "target": "12", "realisasi": "6", "pagu": "2.269.000", "realisasi_anggaran": "2.269.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0009", "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "satuan": "Laporan", "target": "10", "realisasi": "8", "pagu": "54.595.587", "realisasi_anggaran": "30.346.106"},
            {"level": "kegiatan", "kode": "7.01.01.2.07", "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "indikator": "Persentase BMD Perangkat Daerah yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "0", "pagu": "40.100.000", "realisasi_anggaran": "0"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.07.0006", "nama": "Pengadaan Peralatan dan Mesin Lainnya", "indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang disediakan", "satuan": "Unit", "target": "17", "realisasi": "0", "pagu": "40.100.000", "realisasi_anggaran": "0"},
            {"level": "kegiatan", "kode": "7.01.01.2.08", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase Kebutuhan Ketatalaksanaan yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "75", "pagu": "167.846.812", "realisasi_anggaran": "115.902.103"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0002", "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "indikator": "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "9", "pagu": "72.750.000", "realisasi_anggaran": "50.343.080"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0004", "nama": "Penyediaan Jasa Pelayanan Umum Kantor", "indikator": "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "9", "pagu": "95.096.812", "realisasi_anggaran": "65.559.023"},
            {"level": "kegiatan", "kode": "7.01.01.2.09", "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase BMD dalam kondisi baik", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "166.569.393", "realisasi_anggaran": "98.861.369"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0001", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "indikator": "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "23.271.489", "realisasi_anggaran": "13.529.300"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0002", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", "indikator": "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya", "satuan": "Unit", "target": "23", "realisasi": "23", "pagu": "66.297.904", "realisasi_anggaran": "42.373.069"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0006", "nama": "Pemeliharaan Peralatan dan Mesin Lainnya", "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "satuan": "Unit", "target": "10", "realisasi": "10", "pagu": "40.000.000", "realisasi_anggaran": "30.460.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0009", "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "37.000.000", "realisasi_anggaran": "12.499.000"},
        ],
        "jumlah": {"pagu": "14.415.022.746", "realisasi_anggaran": "9.915.580.282"},
    },
    4: {
        "iku": [
            {"indikator": KELOMPOK, "satuan": "%", "target": "80%", "realisasi": "85,71%"},
            {"indikator": ADMINISTRASI, "satuan": "%", "target": "100", "realisasi": "75%"},
        ],
        "rows": [
            {"level": "program", "kode": "7.01.03", "nama": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "95", "realisasi": "86,48", "pagu": "2.361.487.698", "realisasi_anggaran": "2.108.256.909"},
            {"level": "kegiatan", "kode": "7.01.03.2.02", "nama": "Kegiatan Pemberdayaan Kelurahan", "indikator": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%", "target": "90", "realisasi": "72,93", "pagu": "1.659.975.698", "realisasi_anggaran": "1.408.385.191"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0001", "nama": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan", "satuan": "LKK", "target": "30", "realisasi": "30", "pagu": "145.879.100", "realisasi_anggaran": "145.879.100"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0002", "nama": "Pembangunan Sarana dan Prasarana Kelurahan", "indikator": "Jumlah Sarana dan Prasarana Kelurahan yang Terbangun", "satuan": "Unit", "target": "17", "realisasi": "6", "pagu": "297.740.000", "realisasi_anggaran": "97.799.441"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.02.0003", "nama": "Pemberdayaan Masyarakat di Kelurahan", "indikator": "Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan", "satuan": "Pokmas / Ormas", "target": "11", "realisasi": "11", "pagu": "1.216.356.598", "realisasi_anggaran": "1.164.706.650"},
            {"level": "kegiatan", "kode": "7.01.03.2.03", "nama": "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "indikator": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang difasilitasi", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "701.512.000", "realisasi_anggaran": "699.871.718"},
            {"level": "sub_kegiatan", "kode": "7.01.03.2.03.0002", "nama": "Peningkatan Kapasitas Lembaga Kemasyarakatan", "indikator": "Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya", "satuan": "LKK", "target": "4", "realisasi": "4", "pagu": "701.512.000", "realisasi_anggaran": "699.871.718"},
            {"level": "program", "kode": "7.01.02", "nama": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "indikator": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "1.933.956.597", "realisasi_anggaran": "1.899.105.723"},
            {"level": "kegiatan", "kode": "7.01.02.2.01", "nama": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Persentase Kelurahan Kategori berkembang", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "1.185.600.000", "realisasi_anggaran": "1.182.982.700"},
            {"level": "sub_kegiatan", "kode": "7.01.02.2.01.0002", "nama": "Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", "indikator": "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "satuan": "Dokumen", "target": "12", "realisasi": "12", "pagu": "1.185.600.000", "realisasi_anggaran": "1.182.982.700"},
            {"level": "kegiatan", "kode": "7.01.02.2.02", "nama": "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", "indikator": "Persentase pelayanan yang sesuai Standart Pelayanan", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "748.356.597", "realisasi_anggaran": "716.123.023"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.03.0006", "nama": "Penatausahaan Barang Milik Daerah pada SKPD", "indikator": "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD", "satuan": "Laporan", "target": "1", "realisasi": "1", "pagu": "4.000.000", "realisasi_anggaran": "3975000"},
            {"level": "kegiatan", "kode": "7.01.01.2.05", "nama": "Administrasi Kepegawaian Perangkat Daerah", "indikator": "Persentase Administrasi Kepegawaian Perangkat Daerah Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "6.000.000", "realisasi_anggaran": "6000000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.05.0010", "nama": "Sosialisasi Peraturan Perundang-Undangan", "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan", "satuan": "Orang", "target": "100", "realisasi": "100", "pagu": "6.000.000", "realisasi_anggaran": "6000000"},
            {"level": "kegiatan", "kode": "7.01.01.2.06", "nama": "Administrasi Umum Perangkat Daerah", "indikator": "Persentase Administrasi Umum PD Sesuai Ketentuan", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "150.937.587", "realisasi_anggaran": "150.542.779"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0002", "nama": "Penyediaan Peralatan dan Perlengkapan Kantor", "indikator": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "satuan": "Paket", "target": "4", "realisasi": "4", "pagu": "81.593.000", "realisasi_anggaran": "81.416.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0005", "nama": "Penyediaan Barang Cetak dan Pengandaan", "indikator": "Jumlah Paket Barang Cetak dan Pengandaan yang Disediakan", "satuan": "Paket", "target": "12", "realisasi": "12", "pagu": "10.000.000", "realisasi_anggaran": "9.979.900"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0006", "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan", "indikator": "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "satuan": "Dokumen", "target": "552", "realisasi": "552", "pagu": "2.480.000", "realisasi_anggaran": "2.330.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0008", "nama": "Fasilitasi Kunjungan Tamu", "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu", "satuan": "Laporan", "target": "12", "realisasi": "12", "pagu": "2.269.000", "realisasi_anggaran": "2.269.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.06.0009", "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "satuan": "Laporan", "target": "10", "realisasi": "10", "pagu": "54.595.587", "realisasi_anggaran": "54.547.879"},
            {"level": "kegiatan", "kode": "7.01.01.2.07", "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "indikator": "Persentase BMD Perangkat Daerah yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "40.100.000", "realisasi_anggaran": "35.453.300"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.07.0006", "nama": "Pengadaan Peralatan dan Mesin Lainnya", "indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang disediakan", "satuan": "Unit", "target": "17", "realisasi": "17", "pagu": "40.100.000", "realisasi_anggaran": "35.453.300"},
            {"level": "kegiatan", "kode": "7.01.01.2.08", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase Kebutuhan Ketatalaksanaan yang terpenuhi", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "167.846.812", "realisasi_anggaran": "163.584.387"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0002", "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "indikator": "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "12", "pagu": "72.750.000", "realisasi_anggaran": "68.678.525"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.08.0004", "nama": "Penyediaan Jasa Pelayanan Umum Kantor", "indikator": "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "satuan": "Laporan", "target": "12", "realisasi": "12", "pagu": "95.096.812", "realisasi_anggaran": "94.905.862"},
            {"level": "kegiatan", "kode": "7.01.01.2.09", "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "indikator": "Persentase BMD dalam kondisi baik", "satuan": "%", "target": "100", "realisasi": "100", "pagu": "166.569.393", "realisasi_anggaran": "163.223.899"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0001", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "indikator": "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "23.271.489", "realisasi_anggaran": "22.584.300"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0002", "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", "indikator": "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya", "satuan": "Unit", "target": "23", "realisasi": "23", "pagu": "66.297.904", "realisasi_anggaran": "63.845.599"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0006", "nama": "Pemeliharaan Peralatan dan Mesin Lainnya", "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "satuan": "Unit", "target": "10", "realisasi": "10", "pagu": "40.000.000", "realisasi_anggaran": "39.795.000"},
            {"level": "sub_kegiatan", "kode": "7.01.01.2.09.0009", "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "satuan": "Unit", "target": "1", "realisasi": "1", "pagu": "37.000.000", "realisasi_anggaran": "36.999.000"},
        ],
        "jumlah": {"pagu": "14.415.022.746", "realisasi_anggaran": "13.770.521.146"},
    },
}

TABEL_3_26: list[dict[str, Any]] = [
    {"no": 1, "kode": "7.01.01.2.01.0006", "sub_kegiatan": "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "lokasi": "Kecamatan Wonoasih", "pagu": "23.750.000,00", "realisasi": "23.638.000,00"},
    {"no": 2, "kode": "7.01.01.2.02.0001", "sub_kegiatan": "Penyediaan Gaji dan Tunjangan ASN", "lokasi": "Kecamatan Wonoasih", "pagu": "8.972.758.159,00", "realisasi": "8.631.515.609,00"},
    {"no": 3, "kode": "7.01.01.2.02.0003", "sub_kegiatan": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "lokasi": "Kecamatan Wonoasih", "pagu": "106.405.000,00", "realisasi": "106.024.888,00"},
    {"no": 4, "kode": "7.01.01.2.03.0006", "sub_kegiatan": "Penatausahaan Barang Milik Daerah pada SKPD", "lokasi": "Kecamatan Wonoasih", "pagu": "4.000.000,00", "realisasi": "3.975.000,00"},
    {"no": 5, "kode": "7.01.01.2.05.0010", "sub_kegiatan": "Sosialisasi Peraturan Perundang-undangan", "lokasi": "Kecamatan Wonoasih", "pagu": "6.000.000,00", "realisasi": "6.000.000,00"},
    {"no": 6, "kode": "7.01.01.2.06.0002", "sub_kegiatan": "Penyediaan Peralatan dan Perlengkapan Kantor", "lokasi": "Kecamatan Wonoasih", "pagu": "81.593.000,00", "realisasi": "81.416.000,00"},
    {"no": 7, "kode": "7.01.01.2.06.0005", "sub_kegiatan": "Penyediaan Barang Cetak dan Penggandaan", "lokasi": "Kecamatan Wonoasih", "pagu": "10.000.000,00", "realisasi": "9.979.900,00"},
    {"no": 8, "kode": "7.01.01.2.06.0006", "sub_kegiatan": "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "lokasi": "Kecamatan Wonoasih", "pagu": "2.480.000,00", "realisasi": "2.330.000,00"},
    {"no": 9, "kode": "7.01.01.2.06.0008", "sub_kegiatan": "Fasilitasi Kunjungan Tamu", "lokasi": "Kecamatan Wonoasih", "pagu": "2.269.000,00", "realisasi": "2.269.000,00"},
    {"no": 10, "kode": "7.01.01.2.06.0009", "sub_kegiatan": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "lokasi": "Kecamatan Wonoasih", "pagu": "54.595.587,00", "realisasi": "54.547.879,00"},
    {"no": 11, "kode": "7.01.01.2.07.0006", "sub_kegiatan": "Pengadaan Peralatan dan Mesin Lainnya", "lokasi": "Kecamatan Wonoasih", "pagu": "40.100.000,00", "realisasi": "35.453.300,00"},
    {"no": 12, "kode": "7.01.01.2.08.0002", "sub_kegiatan": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "lokasi": "Kecamatan Wonoasih", "pagu": "72.750.000,00", "realisasi": "68.678.525,00"},
    {"no": 13, "kode": "7.01.01.2.08.0004", "sub_kegiatan": "Penyediaan Jasa Pelayanan Umum Kantor", "lokasi": "Kecamatan Wonoasih", "pagu": "95.096.812,00", "realisasi": "94.905.862,00"},
    {"no": 14, "kode": "7.01.01.2.09.0001", "sub_kegiatan": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "lokasi": "Kecamatan Wonoasih", "pagu": "23.271.489,00", "realisasi": "22.584.300,00"},
    {"no": 15, "kode": "7.01.01.2.09.0002", "sub_kegiatan": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", "lokasi": "Kecamatan Wonoasih", "pagu": "66.297.904,00", "realisasi": "63.845.599,00"},
    {"no": 16, "kode": "7.01.01.2.09.0006", "sub_kegiatan": "Pemeliharaan Peralatan dan Mesin Lainnya", "lokasi": "Kecamatan Wonoasih", "pagu": "40.000.000,00", "realisasi": "39.795.000,00"},
    {"no": 17, "kode": "7.01.01.2.09.0009", "sub_kegiatan": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "lokasi": "Kecamatan Wonoasih", "pagu": "37.000.000,00", "realisasi": "36.999.000,00"},
    {"no": 18, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Kecamatan Wonoasih", "pagu": "58.650.000", "realisasi": "57.015.798"},
    {"no": 19, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Sumber Taman", "pagu": "133.881.600", "realisasi": "128.727.391"},
    {"no": 20, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Kedung Asem", "pagu": "132.108.760", "realisasi": "125.355.023"},
    {"no": 21, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Kedunggaleng", "pagu": "114.761.248", "realisasi": "110.783.349"},
    {"no": 22, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Pakistaji", "pagu": "101.939.101", "realisasi": "96.189.514"},
    {"no": 23, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Jrebeng Kidul", "pagu": "102.625.848", "realisasi": "96.211.623"},
    {"no": 24, "kode": "7.01.02.2.02.0003", "sub_kegiatan": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan", "lokasi": "Wonoasih", "pagu": "104.390.040", "realisasi": "101.840.325"},
    {"no": 25, "kode": "7.01.02.2.01.0002", "sub_kegiatan": "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "lokasi": "Kecamatan Wonoasih", "pagu": "1.185.600.000", "realisasi": "1.182.982.700"},
    {"no": 26, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Sumber Taman", "pagu": "52.500.000", "realisasi": "30.000.000"},
    {"no": 27, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Kedung Asem", "pagu": "45.000.000", "realisasi": "0"},
    {"no": 28, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Kedunggaleng", "pagu": "67.500.000", "realisasi": "45.000.000"},
    {"no": 29, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Pakistaji", "pagu": "27.740.000", "realisasi": "2.800.000"},
    {"no": 30, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Jrebeng Kidul", "pagu": "75.000.000", "realisasi": "19.999.441"},
    {"no": 31, "kode": "7.01.03.2.02.0002", "sub_kegiatan": "Pembangunan Sarana dan Prasarana Kelurahan", "lokasi": "Wonoasih", "pagu": "30.000.000", "realisasi": "0"},
    {"no": 32, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Sumber Taman", "pagu": "206.785.499", "realisasi": "201.852.000"},
    {"no": 33, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Kedung Asem", "pagu": "223.497.499", "realisasi": "208.982.500"},
    {"no": 34, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Kedunggaleng", "pagu": "159.211.675", "realisasi": "157.211.400"},
    {"no": 35, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Pakistaji", "pagu": "196.691.350", "realisasi": "188.204.250"},
    {"no": 36, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Jrebeng Kidul", "pagu": "182.717.791", "realisasi": "179.825.000"},
    {"no": 37, "kode": "7.01.03.2.02.0003", "sub_kegiatan": "Pemberdayaan Masyarakat di Kelurahan", "lokasi": "Wonoasih", "pagu": "247.452.784", "realisasi": "228.631.500"},
    {"no": 38, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Sumber Taman", "pagu": "24.748.000", "realisasi": "24.748.000"},
    {"no": 39, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Kedung Asem", "pagu": "24.676.000", "realisasi": "24.676.000"},
    {"no": 40, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Kedunggaleng", "pagu": "24.264.500", "realisasi": "24.264.500"},
    {"no": 41, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Pakistaji", "pagu": "24.229.100", "realisasi": "24.229.100"},
    {"no": 42, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Jrebeng Kidul", "pagu": "24.045.000", "realisasi": "24.045.000"},
    {"no": 43, "kode": "7.01.03.2.02.0001", "sub_kegiatan": "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan", "lokasi": "Wonoasih", "pagu": "23.916.500", "realisasi": "23.916.500"},
    {"no": 44, "kode": "7.01.03.2.03.0002", "sub_kegiatan": "Peningkatan Kapasitas Lembaga Kemasyarakatan", "lokasi": "Kecamatan Wonoasih", "pagu": "701.512.000", "realisasi": "699.871.718"},
    {"no": 45, "kode": "7.01.05.2.01.0002", "sub_kegiatan": "Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi Wawasan Kebangsaan dan Ketanan Nasional", "lokasi": "Kecamatan Wonoasih", "pagu": "481.211.500", "realisasi": "479.200.652"},
]
