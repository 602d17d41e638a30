"""Kecamatan Sumberjambe (Kabupaten Jember): seed 004, IKU 2022.

Seed notes:

* The seed labels "Tugas" the one-sentence mandate and "Fungsi" the list a.–q. (seed 000 does the
  opposite); each is stored as this seed labels it, list letters kept, typos kept ("atar provinsi").
* The tujuan indicator is written "Nilai Survey Kepuasan Masyarakat" on the cover page and the IKU
  row "Nilai Surve Kepuasan Masyarakat"; both are kept as two indicators (tujuan and sasaran level),
  verbatim. "ditinjaklanjuti" is kept in the indicator names (the formulas write "ditindaklanjuti").
* The four sasaran are named by the "KINERJA UTAMA" column; the penanggung jawab are the seksi of
  the "BIDANG PENANGGUNG JAWAB" column, loaded as units.
* Fractions are LaTeX in the seed; stored as pembilang/penyebut and a readable "A / B × 100%".
* The seed has no targets, no satuan and no date; the Renstra period is the IKU's year (2022).
"""

from typing import Any

PD: dict[str, Any] = {
    "pemda": "kabupaten-jember",
    "slug": "sumberjambe",
    "nama": "Kecamatan Sumberjambe",
    "tugas": ["Meningkatkan koordinasi penyelenggaraan pemerintahan, pelayanan publik dan pemberdayaan masyarakat "
              "desa."],
    "fungsi": [
        "a. pelaksanaan pembinaan wawasan kebangsaan dan ketahanan nasional serta pengembangan kehidupan demokrasi;",
        "b. Pelaksanaan penanganan konflik sosial;",
        "c. Pelaksanaan pengkoordinasian pelaksanaan tugas antar instansi pemerintah baik wilayah atar provinsi dan "
        "daerah;",
        "d. Pelaksanaan peran serta masyarakat dalam perencanaan pembangunan di wilayah kecamatan;",
        "e. Pelaksanaan pembinaan dan pengawasan serta pengevaluasian terhadap seluruh program kerja dan kegiatan di "
        "wilayah kecamatan ;",
        "f. Pelaksanaan pengkoordinasian dengan instansi terkait dalam rangka pelaksanaan tugas;",
        "g. Pelaksanaan pemberian fasilitasi penyusunan produk hukum desa berupa peraturan desa dan peraturan kepala "
        "desa;",
        "h. Pelaksanaan pemberian fasilitasi administrasi tata pemerintahan desa, pengelolaan keuangan desa, "
        "pendayagunaan aset desa ;",
        "i. Pelaksanaan pemberian fasilitasi pelaksanaan tugas dan fungsi kepala desa, perangkat desa, badan "
        "permusyawaratan desa, dan lembaga kemasyarakatan desa;",
        "j. Pelaksanaan pemberian fasilitasi pemilihan kepala desa, merekomendasikan pengangkatan dan pemberhentian "
        "perangkat desa ;",
        "k. Pelaksanaan pemberian fasilitasi penetapan lokasi pembangunan kawasan pedesaan, serta penyusunan "
        "perencanaan pembangunan partisipatif;",
        "l. Pelaksanaan pemberian fasilitasi kerjasama antar desa dan kerjasama desa dengan pihak ketiga;",
        "m. Pelaksanaan pemberian fasilitasi penataan, pemanfaatan dan pendayagunaan ruang desa, penetapan dan "
        "penegasan data desa serta penyusunan program dan pelaksanaan pemberdayaan masyarakat desa;",
        "n. Pelaksanaan koordinasi dengan pendamping desa serta pelaksanaan pembangunan kawasan perdesaan di wilayah "
        "kecamatan ;",
        "o. Pelaksanaan sebagian kewenangan yang dilimpahkan oleh Bupati melalui Pelayanan Terpadu Kecamatan;",
        "p. Pelaksanaan pengawasan dan koordinasi di bidang peningkatan kinerja dan disiplin pegawai; dan",
        "q. Pelaksanaan tugas-tugas lain yang diberikan oleh Bupati.",
    ],
    "unit": [
        {"key": "seksi-pelayanan-umum", "nama": "Seksi Pelayanan Umum", "jenis": "seksi"},
        {"key": "seksi-pemberdayaan-kesos", "nama": "Seksi Pemberdayaan dan Kesejahteraan Sosial", "jenis": "seksi"},
        {"key": "seksi-trantibum", "nama": "Seksi Ketentraman dan Ketertiban Umum", "jenis": "seksi"},
        {"key": "seksi-pemerintahan", "nama": "Seksi Pemerintahan", "jenis": "seksi"},
    ],
    "renstra": [
        {
            "tahun_mulai": 2022,
            "tahun_selesai": 2022,
            "keterangan": ("Periode Renstra tidak tercantum pada dokumen IKU Kecamatan Sumberjambe 2022; "
                           "diisi dengan tahun target IKU."),
            "tujuan": [
                {
                    "key": "t1",
                    "nama": ("Meningkatkan Tata Kelola Yang baik melalui peningkatan Peran Kecamatan sebagai Garda "
                             "Terdepan dalam peningkatan kualitas layanan kepada masyarakat"),
                    "indikator": [{"key": "skm-tujuan", "peran": "ikm", "frekuensi": "semester",
                                   "nama": "Nilai Survey Kepuasan Masyarakat"}],
                    "sasaran": [
                        {
                            "key": "s1",
                            "nama": "Meningkatnya kepuasan masyarakat terhadap layanan publik Perangkat Daerah",
                            "indikator": [
                                {
                                    "key": "skm",
                                    "peran": "ikm", "frekuensi": "semester",
                                    "nama": "Nilai Surve Kepuasan Masyarakat",
                                    "formula": "Total Nilai Persepsi per Unsur X / Total Unsur yang terisi × 100%",
                                    "pembilang": "Total Nilai Persepsi per Unsur X",
                                    "penyebut": "Total Unsur yang terisi",
                                    "sumber_data": "Survey kepada Masyarakat",
                                    "is_iku": True,
                                    "pj": [("unit", "seksi-pelayanan-umum")],
                                },
                            ],
                        },
                        {
                            "key": "s2",
                            "nama": ("Meningkatnya koordinasi penyelenggaraan pemberdayaan masyarakat dan kesejahteraan "
                                     "sosial"),
                            "indikator": [
                                {
                                    "key": "pmks",
                                    "nama": ("Persentase hasil koordinasi penyelenggaraan pemberdayaan masyarakat dan "
                                             "kesejahteraan sosial yang ditinjaklanjuti"),
                                    "formula": (
                                        "Jumlah Hasil Koordinasi penyelenggaraan pemberdayaan masyarakat dan "
                                        "kesejahteraan yang ditindaklanjuti / Jumlah Koordinasi penyelenggaraan "
                                        "pemberdayaan masyarakat dan kesejahteraan yang dilaksanakan × 100%"),
                                    "pembilang": ("Jumlah Hasil Koordinasi penyelenggaraan pemberdayaan masyarakat dan "
                                                  "kesejahteraan yang ditindaklanjuti"),
                                    "penyebut": ("Jumlah Koordinasi penyelenggaraan pemberdayaan masyarakat dan "
                                                 "kesejahteraan yang dilaksanakan"),
                                    "sumber_data": "Hasil rapat koordinasi bidang PMKS",
                                    "is_iku": True,
                                    "pj": [("unit", "seksi-pemberdayaan-kesos")],
                                },
                            ],
                        },
                        {
                            "key": "s3",
                            "nama": "Meningkatnya koordinasi penyelenggaraan ketentraman dan ketertiban umum",
                            "indikator": [
                                {
                                    "key": "trantibum",
                                    "nama": ("Persentase hasil koordinasi penyelenggaraan ketentraman dan ketertiban "
                                             "umum yang ditinjaklanjuti"),
                                    "formula": (
                                        "Jumlah Hasil Koordinasi penyelenggaraan ketentraman dan ketertiban umum yang "
                                        "ditindaklanjuti / Jumlah Koordinasi penyelenggaraan ketentraman dan ketertiban "
                                        "umum yang dilaksanakan × 100%"),
                                    "pembilang": ("Jumlah Hasil Koordinasi penyelenggaraan ketentraman dan ketertiban "
                                                  "umum yang ditindaklanjuti"),
                                    "penyebut": ("Jumlah Koordinasi penyelenggaraan ketentraman dan ketertiban umum "
                                                 "yang dilaksanakan"),
                                    "sumber_data": "Hasil rapat koordinasi bidang Tramtibum",
                                    "is_iku": True,
                                    "pj": [("unit", "seksi-trantibum")],
                                },
                            ],
                        },
                        {
                            "key": "s4",
                            "nama": "Meningkatnya koordinasi penyelenggaraan pemerintahan",
                            "indikator": [
                                {
                                    "key": "pemerintahan",
                                    "nama": ("Persentase hasil koordinasi penyelenggaraan pemerintahan yang "
                                             "ditinjaklanjuti"),
                                    "formula": (
                                        "Jumlah Hasil Koordinasi penyelenggaraan pemerintahan yang ditindaklanjuti / "
                                        "Jumlah Koordinasi penyelenggaraan pemerintahan yang dilaksanakan × 100%"),
                                    "pembilang": "Jumlah Hasil Koordinasi penyelenggaraan pemerintahan yang "
                                                 "ditindaklanjuti",
                                    "penyebut": "Jumlah Koordinasi penyelenggaraan pemerintahan yang dilaksanakan",
                                    "sumber_data": "Hasil rapat koordinasi bidang Pemerintahan",
                                    "is_iku": True,
                                    "pj": [("unit", "seksi-pemerintahan")],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "iku": [
        {"tahun_mulai": 2022, "tahun_selesai": 2022, "renstra": 2022, "entri": ["skm", "pmks", "trantibum", "pemerintahan"]},
    ],
}
