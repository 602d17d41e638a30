"""Kecamatan Kanigaran (Kota Probolinggo): seed 001, IKU with targets 2020–2024.

Seed notes:

* The seed has two tables that name the same things differently: the target table ("INDIKATOR
  KINERJA UTAMA (IKU) PADA KECAMATAN KANIGARAN", with targets) and "Tabel IKU" (formula, sumber data,
  penanggung jawab). The target table's names are used:

  - tujuan 2: "Meningkatnya kualitas Pelayanan Publik di Kecamatan Kanigaran" (the "INDIKATOR
    KINERJA TUJUAN" table calls it "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik
    Pemerintahan");
  - sasaran 1: "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan" (Tabel IKU adds
    "yang Difasilitasi");
  - sasaran 2: "Meningkatkan Kualitas Pelayanan Publik di Kecamatan Kanigaran" (Tabel IKU:
    "Meningkatnya ...");
  - "% Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi" (Tabel IKU: "... yang di fasilitasi");
  - "Indeks Kepuasan Masyarakat (IKM)" (Tabel IKU: "IKM");
  - "Nilai Rata-Rata Tata Kelola Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan" (Tabel IKU:
    "Nilai Tata Kelola Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan").

* The tujuan indicators ("% Penyandang Masalah Kesejahteraan Sosial (PMKS)", "IKM") have a formula
  but no targets; the targets of the target table belong to the sasaran indicators.
* The PMKS formula is LaTeX in the seed; written "(Σ PMKSⁿ − Σ PMKSⁿ⁻¹) / Σ PMKSⁿ⁻¹ × 100%".
* The IKM targets are written with "%" ("82,5%"), so its satuan is "%"; the tata kelola score has no
  satuan in the seed (blank).
* The Renstra period is not in the seed; it is the IKU's target years. The cover says "2021".
* Penanggung jawab are posts named as written ("Kasi Pemberdayaan Masyarakat", "Kasi Pelayanan",
  "Kasi Pemerintahan"); the seed names no unit and no holder.
* Tugas keep their letters "a." … "k." as the seed lists them (with "perundangan undangan" as
  written); the fungsi is one sentence.
"""

from typing import Any

PD: dict[str, Any] = {
    "pemda": "kota-probolinggo",
    "slug": "kanigaran",
    "nama": "Kecamatan Kanigaran",
    "alamat": "Jl. Slamet Riyadi",
    "tugas": [
        "a. menyelenggarakan Urusan Pemerintahan umum;",
        "b. menyelenggarakan pelayanan publik;",
        "c. mengoordinasikan kegiatan pemberdayaan masyarakat;",
        "d. mengoordinasikan upaya penyelenggaraan ketenteraman dan ketertiban umum;",
        "e. mengoordinasikan penerapan dan penegakan Perda dan Peraturan Walikota;",
        "f. mengoordinasikan pemeliharaan prasarana dan sarana pelayanan umum;",
        "g. mengoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh Perangkat Daerah di tingkat "
        "kecamatan;",
        "h. membina dan mengawasi penyelenggaraan kegiatan kelurahan;",
        "i. melaksanakan Urusan Pemerintahan yang menjadi kewenangan daerah yang tidak dilaksanakan oleh unit kerja "
        "Pemerintahan Daerah yang ada di kecamatan; dan",
        "j. melaksanakan tugas lain yang diperintahkan oleh peraturan perundangan undangan.",
        "k. melaksanakan tugas yang dilimpahkan oleh Walikota untuk melaksanakan sebagian Urusan Pemerintahan yang "
        "menjadi kewenangan Daerah.",
    ],
    "fungsi": ["Meningkatkan koordinasi penyelenggaraan pemerintahan, pelayanan publik, dan pemberdayaan masyarakat."],
    "jabatan": [
        {"key": "kasi-pemberdayaan", "nama": "Kasi Pemberdayaan Masyarakat", "jenis": "kepala_unit"},
        {"key": "kasi-pelayanan", "nama": "Kasi Pelayanan", "jenis": "kepala_unit"},
        {"key": "kasi-pemerintahan", "nama": "Kasi Pemerintahan", "jenis": "kepala_unit"},
    ],
    "renstra": [
        {
            "tahun_mulai": 2020,
            "tahun_selesai": 2024,
            "keterangan": ("Periode Renstra tidak tercantum pada dokumen IKU Kecamatan Kanigaran; diisi dengan tahun target "
                           "IKU."),
            "tujuan": [
                {
                    "key": "t1",
                    "nama": "Meningkatnya Cakupan Perlindungan Sosial Masyarakat",
                    "indikator": [
                        {
                            "key": "pmks",
                            "nama": "% Penyandang Masalah Kesejahteraan Sosial (PMKS)",
                            "formula": "(Σ PMKSⁿ − Σ PMKSⁿ⁻¹) / Σ PMKSⁿ⁻¹ × 100%",
                            "pembilang": "Σ PMKSⁿ − Σ PMKSⁿ⁻¹",
                            "penyebut": "Σ PMKSⁿ⁻¹",
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "s1",
                            "nama": "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan",
                            "indikator": [
                                {
                                    "key": "kelompok",
                                    "nama": "% Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi",
                                    "formula": ("Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan yang di fasilitasi / "
                                                "Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan × 100%"),
                                    "pembilang": "Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan yang di fasilitasi",
                                    "penyebut": "Σ Kelompok Masyarakat dan Lembaga Kemasyarakatan",
                                    "satuan": "%",
                                    "sumber_data": "Data Kelompok dan Lembaga Kemasyarakatan",
                                    "is_iku": True,
                                    "target": {2020: "25%", 2021: "30%", 2022: "35%", 2023: "40%", 2024: "45%"},
                                    "pj": [("jabatan", "kasi-pemberdayaan")],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "t2",
                    "nama": "Meningkatnya kualitas Pelayanan Publik di Kecamatan Kanigaran",
                    "indikator": [
                        {"key": "ikm-tujuan", "peran": "ikm", "frekuensi": "semester", "nama": "IKM",
                         "formula": "Hasil Survey Kepuasan Masyarakat"},
                    ],
                    "sasaran": [
                        {
                            "key": "s2",
                            "nama": "Meningkatkan Kualitas Pelayanan Publik di Kecamatan Kanigaran",
                            "indikator": [
                                {
                                    "key": "ikm",
                                    "peran": "ikm", "frekuensi": "semester",
                                    "nama": "Indeks Kepuasan Masyarakat (IKM)",
                                    "formula": "Hasil Survey Kepuasan Masyarakat",
                                    "satuan": "%",
                                    "sumber_data": "Dokumen SKM",
                                    "is_iku": True,
                                    "target": {2020: "82,5%", 2021: "83%", 2022: "83,5%", 2023: "84%", 2024: "84,5%"},
                                    "pj": [("jabatan", "kasi-pelayanan")],
                                },
                                {
                                    "key": "tata-kelola",
                                    "nama": ("Nilai Rata-Rata Tata Kelola Penyelenggaraan Pemerintahan Kecamatan dan "
                                             "Kelurahan"),
                                    "formula": ("Nilai Rata-Rata dari Aplikasi SIJINGGO (Sistem Jaringan Informasi "
                                                "Good Government)"),
                                    "sumber_data": "SIJINGGO (Sistem Jaringan Informasi Good Government)",
                                    "is_iku": True,
                                    "target": {2020: "250", 2021: "255", 2022: "260", 2023: "265", 2024: "270"},
                                    "pj": [("jabatan", "kasi-pemerintahan")],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "iku": [
        {
            "tahun_mulai": 2020,
            "tahun_selesai": 2024,
            "renstra": 2020,
            "keterangan": "Sampul dokumen IKU bertahun 2021.",
            "entri": ["kelompok", "ikm", "tata-kelola"],
        },
    ],
}
