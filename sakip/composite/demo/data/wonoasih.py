"""Kecamatan Wonoasih (Kota Probolinggo): seed 002 (LKjIP 2024) and seed 000 (IKU 2026–2027).

Seed notes (every place the seeds disagree with themselves, and the choice made):

Organisation

* Tugas and fungsi come from seed 000; its tugas are one run-on line "1. ...;2. ..." and are split
  into one item per line with their numbers. Seed 002 Bab I lists other fungsi (Perwali 104/2016);
  they are not used.
* Email: the LKjIP cover and the FKP minutes write "kecwonoasih.kotaprobolinggo@gmail.com", the SKM
  cover "kwonoasih@gmail.com". The LKjIP cover is followed. Address and phone as the cover writes
  them ("Jl. Jeruk No.1", "(0335) 424902"); the fax number is not stored.
* Kelurahan spellings vary: "KEDUNG GALENG" (Tabel 1.1), "Kedung Galeng" / "Kedunggaleng" (Tabel
  3.26, Tabel 2.1, FKP minutes), "KEDUNGGALENG" (Tabel 1.7); "Kedung Asem" / "KEDUNGASEM" /
  "Kedungasem"; "Sumber Taman" / "SUMBERTAM AN" / "Sumber taman". Chosen: "Kedunggaleng" (as the
  narrative of section 1.1 and the FKP minutes write it), "Kedung Asem", "Sumber Taman". Order as
  Tabel 1.1.
* Units: Bab I writes "Sub bagian Program dan Keuangan", "Sub Bagian Tata Usaha" and "Subbagian ..."
  in the same pages; "Subbagian" is used. The Sekretariat unit is the one the "Sekretaris
  Kecamatan" heads.
* The Camat's name is written "DEUS NAWANDI, S.STP,M.Si." (cover), "DEUS NAWANDI, S.STP, M.Si" (PK),
  "DEUS NAWANDI, S.STP., M.Si." (SKM) and "M.SI" (November PK); "DEUS NAWANDI, S.STP, M.Si" is used.
  His pangkat "Pembina Tk. I" is stated, his golongan is not.
* Kelurahan posts are named "Kepala Seksi Pelayanan pada Kelurahan <nama>" with the kelurahan
  spelling chosen above (the minutes write "Kedungasem" and "Sumber taman").
* The SKM report (section 4.2) dates the Forum Konsultasi Publik "4 Oktober 2024"; its minutes say
  "Senin Tanggal Empat Belas Bulan Oktober" 2024 (a Monday). The minutes' date is used in the
  officials' keterangan.

Renstra 2019–2024 (MATRIK RENCANA STRATEGIS, PK, REKAP CAPAIAN)

* The matrix repeats the tujuan text in its sasaran "Uraian" column; the Renstra is organised as the
  PK organises it: three sasaran. The LKjIP narrative says "2 sasaran" (Ikhtisar, Bab IV) but lists
  three; three are loaded.
* Tujuan 1: matrix "Meningkatnya Cakupan Pemberdayaan Masyarakat di Kecamatan Wonoasih"; Tabel 3.1
  writes "... Tingkat Kecamatan Wonoasih". The matrix is followed.
* Tujuan 1 indicator formula: the matrix writes "Σ Cakupan Pemasn-1" (a missing space) in the
  numerator; written "Σ Cakupan Pemas n-1".
* Tujuan 2 indicator: the matrix header says "Indeks Kepuasan Masyarakat", its table row
  "Indeks Kepuasan Masyarakat (IKM)" (used). The row repeats "84,50 / 94,14" twice (extraction).
* The third matrix page puts the Administrasi Perkantoran indicator in the tujuan-indicator table of
  tujuan 2; it is loaded once, as the indicator of sasaran 2.2.
* Sasaran 1.1: PK January "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan" (used);
  PK February/November "... Kelompok dan Lembaga Masyarakat"; Tabel 2.2 "... Lembaga Masyarakat
  Kemasyarakatan".
* Its indicator: PK January "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi"
  (used); matrix "% Kelompok dan Lembaga Kemasayarakatan yang difasilitasi"; other PK "Persentase
  Kelompok dan Lembaga Masyarakat yang Difasilitasi"; rekap "Persentase Kelompok dan Lembaga
  Kemasayarakatan yang difasilitasi". Its matrix formula has no "× 100"; kept as written.
* Sasaran 2.1: PK "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih" (used); Tabel 3.1
  "Meningkatkan Kualitas ...".
* Targets: the matrix is followed. Tabel 2.2 and Bab III give a different "TARGET RENSTRA" (40% for
  Kelompok, 88,60 for IKM, against the matrix's 80% and 94,14 for 2024); the rekap table of Bab IV
  agrees with the matrix (2023 35%/94,13, 2024 80%/94,14).
* The matrix marks the Administrasi Perkantoran targets for 2020–2022 and its kondisi awal "-":
  no target rows for those years, kondisi awal stored as text "-" without a number.
* Satuan: "%" for the two percentage indicators (targets written with %), "Skor" for the IKM as the
  quarterly tables state it; the tujuan-level IKM has no satuan in the seed (blank).
* Urusan: "Pemberdayaan Masyarakat dan Desa" and "Koordinasi / Kewilayahan" as the quarterly tables
  write them (TW IV: "Koorddinasi"). TW III/IV put the Administrasi Perkantoran indicator in the
  "Koordinasi / Kewilayahan" row under the Misi IV sasaran (there garbled as "Mutu(nya) Kualitas
  ..."), so sasaran 2.2 gets the same urusan and RPJMD sasaran as 2.1.
* Strategi/kebijakan: the matrix's text, one numbered item per line; the Administrasi Perkantoran
  page repeats the IKM page's text and it is repeated here.
* Sumber data of the three sasaran indicators: the LAMPIRAN "REKAP CAPAIAN" table.

Program/kegiatan/sub kegiatan 2024 (Tabel 3.26 and PENGUKURAN KINERJA TW I–IV)

* Names come from the national nomenclature (``Nomenklatur``), not from the seed's spelling
  ("PEMERINTAN", "Ketanan").
* Tabel 3.26 has 45 lines = 24 distinct sub kegiatan × lokasi (the Ikhtisar's "45 Sub Kegiatan").
  Its kegiatan column is shifted on the Penunjang pages: "Pengadaan Peralatan dan Mesin Lainnya"
  sits under "Administrasi Umum", "Jasa Komunikasi" and "Jasa Pelayanan Umum Kantor" under
  "Pengadaan Barang Milik Daerah", the vehicle maintenance lines under "Penyediaan Jasa Penunjang",
  "Pemeliharaan Peralatan dan Mesin Lainnya" under "Pemeliharaan Barang Milik Daerah". Every sub
  kegiatan is placed under the kegiatan of its nomenclature code (7.01.01.2.07, .2.08, .2.09).
* Lokasi: "(Kedung Galeng)" and "(Kedunggaleng)" are the same kelurahan; "(Kecamatan Wonoasih)"
  and lines without a suffix are the kecamatan itself (no kelurahan).
* Indicators and 2024 targets come from the TW IV table. Rows the text extraction lost there come
  from TW II (the latest table that has them): program 7.01.01 and its kegiatan .2.01, .2.02, .2.03
  with sub kegiatan .2.01.0006, .2.02.0001, .2.02.0003; sub kegiatan 7.01.02.2.02.0003; program
  7.01.05 with its kegiatan and sub kegiatan. TW I writes "Efektivitas" where TW II writes
  "Efektifitas" in the 7.01.02.2.02.0003 indicator; TW II is used.
* Satuan as the tables' Satuan column writes it, even where it does not fit the indicator
  ("Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan" in "LKK"; the
  program indicator "Indeks Kepuasan Masyarakat (IKM)" in "%" with target 100). "150 Orang" is
  stored as 150 with satuan "Orang".
"""

from collections.abc import Sequence
from typing import Any

# --- Kelurahan (Tabel 1.1 order) ---------------------------------------------------------------
WONOASIH = "Wonoasih"
JREBENG_KIDUL = "Jrebeng Kidul"
PAKISTAJI = "Pakistaji"
KEDUNGGALENG = "Kedunggaleng"
KEDUNG_ASEM = "Kedung Asem"
SUMBER_TAMAN = "Sumber Taman"
KELURAHAN = [WONOASIH, JREBENG_KIDUL, PAKISTAJI, KEDUNGGALENG, KEDUNG_ASEM, SUMBER_TAMAN]

# Tabel 3.26 lists kelurahan lokasi in this order.
LOKASI_KELURAHAN = [SUMBER_TAMAN, KEDUNG_ASEM, KEDUNGGALENG, PAKISTAJI, JREBENG_KIDUL, WONOASIH]
KECAMATAN = None  # "(Kecamatan Wonoasih)" or no suffix: the kecamatan itself

_FKP = "Tercantum pada Berita Acara FKP hasil SKM, 14 Oktober 2024 (LKjIP 2024)"

# Kepala Seksi Pelayanan of each kelurahan, as the FKP minutes name them.
_KASI_PELAYANAN_KELURAHAN = {
    KEDUNGGALENG: ("HARIATI WIKEN SUSIANTININGSIH, S.Sos., M.M.", "197705082010012011"),
    KEDUNG_ASEM: ("ANIS INDRIYATI, S.S., M.M.", "197804102010012010"),
    PAKISTAJI: ("EFI KURNIAWATI, S.Sos.", "197803262000122001"),
    SUMBER_TAMAN: ("ASRIYATI, S.Sos.", "197906201999032005"),
    JREBENG_KIDUL: ("TUTUS BASKORO, A.MF.", "198209082006041017"),
    WONOASIH: ("SITI RAHMATILLAH, S.E.", "197210051995022001"),
}

_STRATEGI_PELAYANAN = "\n".join([
    "1. Melaksanakan Survey Kepuasan Masyarakat",
    "2. Berinovasi di sektor tata kelola Pelayanan Publik agar mampu mengikuti perubahan yang terjadi secara "
    "massive di masyarakat.",
])
_KEBIJAKAN_PELAYANAN = "\n".join([
    "1. Peningkatan jumlah layanan publik yang terintegrasi dalam Mall Pelayanan Publik Kota Probolinggo",
    "2. Peningkatan fasilitas pelayanan publik",
    "3. Penyederhanaan Prosedur Pelayanan Publik",
    "4. Peningkatan Profesionalisme aparatur pelayanan publik",
    "5. Pemanfaatan teknologi informasi dalam layanan publik",
    "6. Peningkatan kualitas layanan penyelenggaraan kinerja Lembaga Legislatif",
])

_IKM_DEFINISI_2026 = "\n".join([
    "Indeks Kepuasan Masyarakat (IKM) adalah suatu alat ukur berupa angka atau nilai yang menunjukkan tingkat "
    "kepuasan masyarakat terhadap pelayanan yang diberikan oleh Kecamatan di Kota Probolinggo, yang dihitung dari "
    "hasil Survei Kepuasan Masyarakat (SKM) dengan cara mengumpulkan pendapat masyarakat secara kualitatif dan "
    "kuantitatif melalui kuesioner untuk menilai kualitas pelayanan publik, sebagaimana diatur dalam Permen PAN RB "
    "Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat. Kesembilan unsur yang ditanyakan "
    "dalam kuesioner SKM Kecamatan di Kota Probolinggo yaitu :",
    "1. Persyaratan",
    "2. Sistem, Mekanisme, dan Prosedur",
    "3. Waktu Penyelesaian",
    "4. Biaya/tarif",
    "5. Produk Spesifikasi Jenis Pelayanan",
    "6. Kompetensi pelaksana",
    "7. Perilaku pelaksana",
    "8. Penanganan Pengaduan, Saran dan Masukan",
    "9. Sarana dan prasarana",
])


def _sub(kode: str, indikator: str, satuan: str, target: str,
         lokasi: Sequence[str | None] = (KECAMATAN,)) -> dict[str, Any]:
    """A sub kegiatan line group of Tabel 3.26: its code, its one indicator and where it is done."""
    return {"kode": kode, "indikator": {"nama": indikator, "satuan": satuan, "target": target},
            "lokasi": list(lokasi)}


PD: dict[str, Any] = {
    "pemda": "kota-probolinggo",
    "slug": "wonoasih",
    "nama": "Kecamatan Wonoasih",
    "alamat": "Jl. Jeruk No.1",
    "telepon": "(0335) 424902",
    "email": "kecwonoasih.kotaprobolinggo@gmail.com",
    "tugas": [
        "1. Menyelenggarakan urusan pemerintahan umum;",
        "2. Menyelenggarakan pelayanan publik;",
        "3. Mengoordinasikan kegiatan pemberdayaan masyarakat;",
        "4. Mengoordinasikan upaya penyelenggaraan ketenteraman dan ketertiban umum;",
        "5. Mengoordinasikan penerapan dan penegakan Perda dan Peraturan Wali Kota;",
        "6. Mengoordinasikan pemeliharaan prasarana dan sarana pelayanan umum;",
        "7. Mengoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh Perangkat Daerah di tingkat "
        "kecamatan;",
        "8. Membina dan mengawasi penyelenggaraan kegiatan kelurahan;",
        "9. Melaksanakan urusan pemerintahan yang menjadi kewenangan Daerah yang tidak dilaksanakan oleh unit kerja "
        "pemerintahan Daerah yang ada di kecamatan;",
        "10. Melaksanakan tugas lain yang diperintahkan oleh peraturan perundang-undangan; dan",
        "11. Melaksanakan tugas yang dilimpahkan oleh Wali Kota untuk melaksanakan sebagian urusan pemerintahan yang "
        "menjadi kewenangan Daerah.",
    ],
    "fungsi": ["Meningkatkan koordinasi penyelenggaraan pemerintahan, pelayanan publik, dan pemberdayaan masyarakat"],
    "kelurahan": [{"nama": nama} for nama in KELURAHAN],
    "unit": [
        {"key": "sekretariat", "nama": "Sekretariat", "jenis": "sekretariat"},
        {"key": "subbag-program-keuangan", "nama": "Subbagian Program dan Keuangan", "jenis": "subbagian",
         "induk": "sekretariat"},
        {"key": "subbag-tata-usaha", "nama": "Subbagian Tata Usaha", "jenis": "subbagian", "induk": "sekretariat"},
        {"key": "seksi-pemerintahan", "nama": "Seksi Pemerintahan", "jenis": "seksi"},
        {"key": "seksi-pelayanan", "nama": "Seksi Pelayanan", "jenis": "seksi"},
        {"key": "seksi-pemberdayaan", "nama": "Seksi Pemberdayaan Masyarakat", "jenis": "seksi"},
        {"key": "seksi-trantib", "nama": "Seksi Ketentraman dan Ketertiban", "jenis": "seksi"},
        {"key": "fungsional", "nama": "Kelompok Jabatan Fungsional", "jenis": "fungsional"},
    ] + [
        {"key": f"seksi-pelayanan-{nama}", "nama": "Seksi Pelayanan", "jenis": "seksi", "kelurahan": nama}
        for nama in KELURAHAN
    ],
    "jabatan": [
        {"key": "camat", "nama": "Camat Wonoasih", "jenis": "pimpinan_pd",
         "pejabat": [{"nama": "DEUS NAWANDI, S.STP, M.Si", "nip": "197812041998021001", "pangkat": "Pembina Tk. I"}]},
        {"key": "sekretaris", "nama": "Sekretaris", "jenis": "sekretaris", "unit": "sekretariat"},
        {"key": "kasi-pelayanan", "nama": "Kepala Seksi Pelayanan", "jenis": "kepala_unit", "unit": "seksi-pelayanan",
         "pejabat": [{"nama": "WIWIN EKO RIASTUTIK, S.H.", "nip": "196907212008012019", "keterangan": _FKP}]},
        {"key": "kasi-pemerintahan", "nama": "Kepala Seksi Pemerintahan", "jenis": "kepala_unit",
         "unit": "seksi-pemerintahan"},
        {"key": "kasi-trantib", "nama": "Kepala Seksi Ketentraman dan Ketertiban", "jenis": "kepala_unit",
         "unit": "seksi-trantib"},
        {"key": "kasi-pemberdayaan", "nama": "Kepala Seksi Pemberdayaan Masyarakat", "jenis": "kepala_unit",
         "unit": "seksi-pemberdayaan"},
    ] + [
        {"key": f"kasi-pelayanan-{nama}", "nama": f"Kepala Seksi Pelayanan pada Kelurahan {nama}",
         "jenis": "kepala_unit", "unit": f"seksi-pelayanan-{nama}",
         "pejabat": [{"nama": _KASI_PELAYANAN_KELURAHAN[nama][0], "nip": _KASI_PELAYANAN_KELURAHAN[nama][1],
                      "keterangan": _FKP}]}
        for nama in KELURAHAN
    ],
    "renstra": [
        # --- Renstra 2019–2024: MATRIK RENCANA STRATEGIS of seed 002, organised as the PK 2024 ---
        {
            "tahun_mulai": 2019,
            "tahun_selesai": 2024,
            "tahun_kondisi_awal": 2019,
            "rpjmd": 2019,
            "tujuan": [
                {
                    "key": "2019-t1",
                    "nama": "Meningkatnya Cakupan Pemberdayaan Masyarakat di Kecamatan Wonoasih",
                    "misi": 2,
                    "tujuan_rpjmd": "Meningkatkan Kesejahteraan Sosial Masyarakat",
                    "indikator": [
                        {
                            "key": "2019-cakupan-pemas",
                            "nama": "% Peningkatan Cakupan Pemberdayaan Masyarakat di Kecamatan Wonoasih",
                            "formula": "(Σ Cakupan Pemas n − Σ Cakupan Pemas n-1) / Σ Cakupan Pemas n-1 × 100%",
                            "pembilang": "Σ Cakupan Pemas n − Σ Cakupan Pemas n-1",
                            "penyebut": "Σ Cakupan Pemas n-1",
                            "satuan": "%",
                            "kondisi_awal": "0",
                            "target": {2024: "80%"},
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "2019-s11",
                            "nama": "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan",
                            "sasaran_rpjmd": "Meningkatnya Cakupan Perlindungan Sosial Masyarakat",
                            "urusan": "Pemberdayaan Masyarakat dan Desa",
                            "strategi": (
                                "Perlindungan sosial bagi Masyarakat yang merupakan elemen penting strategi kebijakan "
                                "publik dalam memerangi kemiskinan dan mengurangi penderitaan multidimensi yang dialami "
                                "kelompok-kelompok lemah dan kurang beruntung."),
                            "kebijakan": "\n".join([
                                "1. Penyediaan Data base kemiskinan yang akurat",
                                "2. Peningkatan Cakupan Layanan Penanganan PMKS",
                                "3. Optimalisasi Sistem Layanan dan pengaduan masyarakat miskin serta Percepatan "
                                "Penanggulangan Kemiskinan",
                                "4. Peningkatan layanan rehabilitasi, perlindungan dan jaminan sosial bagi masyarakat "
                                "Kota Probolinggo sosial",
                                "5. Peningkatan kapasitas dan peran serta masyarakat / kelompok masyarakat dalam "
                                "pembangunan kota",
                            ]),
                            "indikator": [
                                {
                                    "key": "2019-kelompok",
                                    "nama": "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi",
                                    "formula": (
                                        "Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan yang di fasilitasi Tahun n / "
                                        "Σ Total Kelompok Masyarakat dan Lembaga Kemasyarakatan Kecamatan Wonoasih"),
                                    "pembilang": "Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan yang di fasilitasi "
                                                 "Tahun n",
                                    "penyebut": "Σ Total Kelompok Masyarakat dan Lembaga Kemasyarakatan Kecamatan "
                                                "Wonoasih",
                                    "satuan": "%",
                                    "sumber_data": (
                                        "Data Sasaran Fasilitasi Pemberdayaan Masyarakat yang diperoleh dari Surat "
                                        "Kelurahan tentang Jumlah LKK yang difasilitasi"),
                                    "is_iku": True,
                                    "kondisi_awal": "0%",
                                    "target": {2020: "20%", 2021: "25%", 2022: "30%", 2023: "35%", 2024: "80%"},
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "2019-t2",
                    "nama": "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan di Kecamatan Wonoasih",
                    "misi": 4,
                    "tujuan_rpjmd": "Meningkatkan Tata Kelola dan Pelayanan Publik",
                    "indikator": [
                        {
                            "key": "2019-ikm-tujuan",
                            "peran": "ikm", "frekuensi": "semester",
                            "nama": "Indeks Kepuasan Masyarakat (IKM)",
                            "formula": "Hasil Perhitungan Survey Kepuasan Masyarakat setiap tahun",
                            "kondisi_awal": "84,50",
                            "target": {2024: "94,14"},
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "2019-s21",
                            "nama": "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih",
                            "sasaran_rpjmd": "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
                            "urusan": "Koordinasi / Kewilayahan",
                            "strategi": _STRATEGI_PELAYANAN,
                            "kebijakan": _KEBIJAKAN_PELAYANAN,
                            "indikator": [
                                {
                                    "key": "2019-ikm",
                                    "peran": "ikm", "frekuensi": "semester",
                                    "nama": "Indeks Kepuasan Masyarakat (IKM)",
                                    "formula": "Hasil Survey Kepuasan Masyarakat",
                                    "satuan": "Skor",
                                    "sumber_data": "Skor terdapat pada Dokumen Survey Kepuasan Masyarakat (SKM)",
                                    "is_iku": True,
                                    "kondisi_awal": "84,50",
                                    "target": {2020: "84,60", 2021: "85,60", 2022: "94,12", 2023: "94,13",
                                               2024: "94,14"},
                                },
                            ],
                        },
                        {
                            "key": "2019-s22",
                            "nama": "Meningkatnya Manajemen Perkantoran",
                            "sasaran_rpjmd": "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
                            "urusan": "Koordinasi / Kewilayahan",
                            "strategi": _STRATEGI_PELAYANAN,
                            "kebijakan": _KEBIJAKAN_PELAYANAN,
                            "indikator": [
                                {
                                    "key": "2019-administrasi",
                                    "nama": ("Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani "
                                             "sesuai ketentuan"),
                                    "formula": "Hasil Perhitungan Capaian Pengelolaan Administrasi",
                                    "satuan": "%",
                                    "sumber_data": "Dokumen Administrasi Perkantoran",
                                    "is_iku": True,
                                    "kondisi_awal": "-",
                                    "target": {2023: "100%", 2024: "100%"},
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # --- IKU 2026–2027 (seed 000): its own Renstra, the period being the IKU's target years ---
        {
            "tahun_mulai": 2026,
            "tahun_selesai": 2027,
            "keterangan": ("Periode Renstra tidak tercantum pada dokumen IKU Kecamatan Wonoasih 2026–2027; "
                           "diisi dengan tahun target IKU."),
            "tujuan": [
                {
                    "key": "2026-t1",
                    "nama": "Meningkatnya Kualitas Pelayanan Kecamatan",
                    "indikator": [
                        {
                            "key": "2026-ikm",
                            "peran": "ikm", "frekuensi": "semester",
                            "nama": "Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan",
                            "definisi": _IKM_DEFINISI_2026,
                            "formula": "Skor dari Survei Kepuasan Masyarakat (SKM) pada Aplikasi Portal Emas",
                            "sumber_data": "Skor Penilaian Masyarakat pada Aplikasi Portal Emas",
                            "is_iku": True,
                            "target": {2026: "94,12", 2027: "94,20"},
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "2026-s1",
                            "nama": "Meningkatnya Kualitas Tata Kelola Kelurahan dan Kecamatan",
                            "indikator": [
                                {
                                    "key": "2026-kelurahan-cepat",
                                    "nama": ("Persentase Kelurahan dengan Kategori Cepat Berkembang dalam Evaluasi "
                                             "Perkembangan Desa/Kelurahan"),
                                    "definisi": (
                                        "Nilai pada Sistem Informasi yang Disediakan Kementerian Dalam Negeri untuk "
                                        "Pelaksanaan Evaluasi Perkembangan Desa dan Kelurahan di Setiap Tingkatan"),
                                    "satuan": "%",
                                    "sumber_data": ("Aplikasi Evaluasi Perkembangan Desa dan Kelurahan (EPDESSEL) "
                                                    "Kemendagri"),
                                    "is_iku": True,
                                    "target": {2026: "100%", 2027: "100%"},
                                    "pj": [("jabatan", "kasi-pelayanan"), ("jabatan", "kasi-pemerintahan"),
                                           ("jabatan", "kasi-trantib")],
                                },
                            ],
                        },
                        {
                            "key": "2026-s2",
                            "nama": "Meningkatnya Kapasitas dan Partisipasi Kelompok serta Lembaga Kemasyarakatan",
                            "indikator": [
                                {
                                    "key": "2026-lembaga",
                                    "nama": "Persentase Lembaga Kemasyarakatan yang difasilitasi",
                                    "formula": ("(Jumlah Lembaga Kemasyarakatan yang Difasilitasi/Jumlah Lembaga "
                                                "Kemasyarakatan yang Ada)*100%"),
                                    "pembilang": "Jumlah Lembaga Kemasyarakatan yang Difasilitasi",
                                    "penyebut": "Jumlah Lembaga Kemasyarakatan yang Ada",
                                    "satuan": "%",
                                    "sumber_data": ("Laporan Kegiatan Fasilitasi Lembaga Kemasyarakatan Kelurahan dan "
                                                    "Kecamatan"),
                                    "is_iku": True,
                                    "target": {2026: "85,91%", 2027: "86,01%"},
                                    "pj": [("jabatan", "kasi-pemberdayaan")],
                                },
                                {
                                    "key": "2026-kelompok-aktif",
                                    "nama": "Persentase Kelompok Masyarakat yang aktif",
                                    "formula": ("(Jumlah Kelompok Masyarakat Kelurahan yang Aktif/Jumlah Kelompok "
                                                "Masyarakat Kelurahan yang Ada)*100%"),
                                    "pembilang": "Jumlah Kelompok Masyarakat Kelurahan yang Aktif",
                                    "penyebut": "Jumlah Kelompok Masyarakat Kelurahan yang Ada",
                                    "satuan": "%",
                                    "sumber_data": ("Laporan Kegiatan Kelompok Masyarakat Kelurahan dalam Pelaksanaan "
                                                    "Dana Kelurahan"),
                                    "is_iku": True,
                                    "target": {2026: "86,50%", 2027: "86,75%"},
                                    "pj": [("jabatan", "kasi-pemberdayaan")],
                                },
                            ],
                        },
                        {
                            "key": "2026-s3",
                            "nama": "Meningkatnya Kinerja Penyelenggaraan Pemerintahan yang Akuntabel",
                            "indikator": [
                                {
                                    "key": "2026-sakip",
                                    "peran": "nilai_sakip", "frekuensi": "tahun",
                                    "nama": ("Nilai SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) pada "
                                             "Kecamatan Wonoasih"),
                                    "definisi": "Nilai SAKIP pada Kecamatan Wonoasih",
                                    "sumber_data": "Hasil Penilaian SAKIP Perangkat Daerah",
                                    "is_iku": True,
                                    "target": {2026: "85,47", 2027: "85,48"},
                                    "pj": [("jabatan", "sekretaris")],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "program": [
        {
            "tahun": 2024,
            "kode": "7.01.01",
            "sasaran": ["2019-s22"],
            "indikator": {"nama": "Persentase Capaian Kinerja Program Minimal 80%", "satuan": "%", "target": "100"},
            "kegiatan": [
                {"kode": "7.01.01.2.01",
                 "indikator": {"nama": "Persentase Capaian Kinerja Kegiatan Perangkat Daerah Minimal 80%",
                               "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.01.0006",
                          "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil "
                          "Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
                          "Laporan", "4"),
                 ]},
                {"kode": "7.01.01.2.02",
                 "indikator": {"nama": "Persentase Administrasi Keuangan Perangkat Daerah Sesuai Ketentuan",
                               "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.02.0001", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/Bulan", "73"),
                     _sub("7.01.01.2.02.0003", "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
                          "Dokumen", "12"),
                 ]},
                {"kode": "7.01.01.2.03",
                 "indikator": {"nama": "Persentase Administrasi Barang Milik Daerah Sesuai Ketentuan",
                               "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.03.0006", "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD",
                          "Laporan", "1"),
                 ]},
                {"kode": "7.01.01.2.05",
                 "indikator": {"nama": "Persentase Administrasi Kepegawaian Perangkat Daerah Sesuai Ketentuan",
                               "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.05.0010", "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
                          "Orang", "100"),
                 ]},
                {"kode": "7.01.01.2.06",
                 "indikator": {"nama": "Persentase Administrasi Umum PD Sesuai Ketentuan", "satuan": "%",
                               "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.06.0002", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
                          "Paket", "4"),
                     _sub("7.01.01.2.06.0005", "Jumlah Paket Barang Cetak dan Pengandaan yang Disediakan",
                          "Paket", "12"),
                     _sub("7.01.01.2.06.0006",
                          "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan",
                          "Dokumen", "552"),
                     _sub("7.01.01.2.06.0008", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "Laporan", "12"),
                     _sub("7.01.01.2.06.0009", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                          "Laporan", "10"),
                 ]},
                {"kode": "7.01.01.2.07",
                 "indikator": {"nama": "Persentase BMD Perangkat Daerah yang terpenuhi", "satuan": "%",
                               "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.07.0006", "Jumlah Unit Peralatan dan Mesin Lainnya yang disediakan",
                          "Unit", "17"),
                 ]},
                {"kode": "7.01.01.2.08",
                 "indikator": {"nama": "Persentase Kebutuhan Ketatalaksanaan yang terpenuhi", "satuan": "%",
                               "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.08.0002",
                          "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan",
                          "Laporan", "12"),
                     _sub("7.01.01.2.08.0004", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan",
                          "Laporan", "12"),
                 ]},
                {"kode": "7.01.01.2.09",
                 "indikator": {"nama": "Persentase BMD dalam kondisi baik", "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.01.2.09.0001",
                          "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan "
                          "dibayarkan Pajaknya", "Unit", "1"),
                     _sub("7.01.01.2.09.0002",
                          "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan "
                          "Perizinannya", "Unit", "23"),
                     _sub("7.01.01.2.09.0006", "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "Unit", "10"),
                     _sub("7.01.01.2.09.0009",
                          "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "Unit", "1"),
                 ]},
            ],
        },
        {
            "tahun": 2024,
            "kode": "7.01.02",
            "sasaran": ["2019-s21"],
            "indikator": {"nama": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "%", "target": "100"},
            "kegiatan": [
                {"kode": "7.01.02.2.02",
                 "indikator": {"nama": "Persentase pelayanan yang sesuai Standart Pelayanan", "satuan": "%",
                               "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.02.2.02.0003",
                          "Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah "
                          "Kecamatan", "Laporan", "12", lokasi=[KECAMATAN, *LOKASI_KELURAHAN]),
                 ]},
                {"kode": "7.01.02.2.01",
                 "indikator": {"nama": "Persentase Kelurahan Kategori berkembang", "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.02.2.01.0002",
                          "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
                          "Dokumen", "12"),
                 ]},
            ],
        },
        {
            "tahun": 2024,
            "kode": "7.01.03",
            "sasaran": ["2019-s11"],
            "indikator": {"nama": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%",
                          "target": "95"},
            "kegiatan": [
                {"kode": "7.01.03.2.02",
                 "indikator": {"nama": "Persentase Peningkatan Lembaga Masyarakat yang Aktif", "satuan": "%",
                               "target": "90"},
                 "sub_kegiatan": [
                     _sub("7.01.03.2.02.0002", "Jumlah Sarana dan Prasarana Kelurahan yang Terbangun", "Unit", "17",
                          lokasi=LOKASI_KELURAHAN),
                     _sub("7.01.03.2.02.0003",
                          "Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan",
                          "Pokmas / Ormas", "11", lokasi=LOKASI_KELURAHAN),
                     _sub("7.01.03.2.02.0001",
                          "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang diberdayakan", "LKK", "30",
                          lokasi=LOKASI_KELURAHAN),
                 ]},
                {"kode": "7.01.03.2.03",
                 "indikator": {"nama": "Persentase Kelompok dan Lembaga Kemasyarakatan Kelurahan yang difasilitasi",
                               "satuan": "%", "target": "100"},
                 "sub_kegiatan": [
                     _sub("7.01.03.2.03.0002", "Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya",
                          "LKK", "4"),
                 ]},
            ],
        },
        {
            "tahun": 2024,
            "kode": "7.01.05",
            "sasaran": ["2019-s21"],
            "indikator": {"nama": "Persentase Penurunan Gangguan Keamanan", "satuan": "%", "target": "25%"},
            "kegiatan": [
                {"kode": "7.01.05.2.01",
                 "indikator": {"nama": "Persentase Gangguan Keamanan yang difasilitasi", "satuan": "%",
                               "target": "100%"},
                 "sub_kegiatan": [
                     _sub("7.01.05.2.01.0002",
                          "Jumlah Orang yang Mengikuti Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, "
                          "Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional", "Orang", "150 Orang"),
                 ]},
            ],
        },
    ],
    "iku": [
        {
            "tahun_mulai": 2024,
            "tahun_selesai": 2024,
            "renstra": 2019,
            "keterangan": ("Indikator sesuai Rekap Capaian Kinerja Perangkat Daerah Tahun 2024 pada LKjIP 2024."),
            "entri": ["2019-ikm", "2019-kelompok", "2019-administrasi"],
        },
        {
            "tahun_mulai": 2026,
            "tahun_selesai": 2027,
            "renstra": 2026,
            "entri": ["2026-ikm", "2026-kelurahan-cepat", "2026-lembaga", "2026-kelompok-aktif", "2026-sakip"],
        },
    ],
}
