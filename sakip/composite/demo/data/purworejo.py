"""Kecamatan Purworejo (Kota Pasuruan): seed 003, IKU 2023.

Seed notes:

* The seed lists the sasaran "Meningkatnya sistem tata kelola yang baik dalam menjamin pelayanan
  prima" with its three indicators twice, under tujuan 1 and again under tujuan 2. The sasaran and
  its indicators exist once (under tujuan 1); the IKU lists the three indicators a second time with
  ``kelompok_tujuan`` = tujuan 2. The IKU therefore has the seed's 12 rows: 1 + 2 + 3 under tujuan
  1, 1 + 2 + 3 under tujuan 2.
* Indicator names lose their list numbers ("1 Persentase ..." → "Persentase ...").
* Columns: SUMBER DATA holds "Sekretaris Camat" or a seksi, PENANGGUNG JAWAB is "Camat" on every
  row. Sumber data is kept verbatim; every penanggung jawab is the post "Camat Purworejo". The IKM
  row has no sumber data.
* Fractions are LaTeX in the seed; stored as pembilang/penyebut and a readable "A / B × 100".
* Typos kept as written: "ndeks" (IKM definisi), "Taun" (Permenpan RB 26/2020), "tas" ("temuan tas
  penyelenggaraan"), "standart". The line break "wi layah" in the definisi of "Persentase kelurahan
  dengan kategori cepat berkembang" is an extraction artefact and is written "wilayah".
* "B (63,00)" is stored as nilai 63 with teks "B (63,00)". Satuan "%" where targets carry "%"; the
  IKM (81,14) and the Nilai SAKIP have none in the seed (blank).
* The Renstra period is not in the seed; it is the IKU's year. The IKU is dated "Pasuruan, 2 Januari
  2023" and signed by the Camat, whose NIP is written "19841205 200602 1 001".
"""

import datetime
from typing import Any

_SAKIP = {
    "key": "sakip",
    "peran": "nilai_sakip",
    "frekuensi": "tahun",
    "nama": "Nilai SAKIP SKPD",
    "definisi": "Penilaian yang diterbitkan oleh inspektur terhadap akuntabilitas kinerja instansi pemerintahan",
    "formula": "Sesuai Permenpan RB Nomor 26 Taun 2020",
    "sumber_data": "Sekretaris Camat",
    "is_iku": True,
    "target": {2023: "B (63,00)"},
    "pj": [("jabatan", "camat")],
}

PD: dict[str, Any] = {
    "pemda": "kota-pasuruan",
    "slug": "purworejo",
    "nama": "Kecamatan Purworejo",
    "jabatan": [
        {"key": "camat", "nama": "Camat Purworejo", "jenis": "pimpinan_pd",
         "pejabat": [{"nama": "M. ALELAN AFANDI, S.STP", "nip": "198412052006021001"}]},
    ],
    "renstra": [
        {
            "tahun_mulai": 2023,
            "tahun_selesai": 2023,
            "keterangan": ("Periode Renstra tidak tercantum pada dokumen IKU Kecamatan Purworejo 2023; diisi dengan tahun target "
                           "IKU."),
            "tujuan": [
                {
                    "key": "t1",
                    "nama": "Terwujudnya pelayanan prima kepada masyarakat",
                    "indikator": [
                        {
                            "key": "ikm",
                            "peran": "ikm", "frekuensi": "semester",
                            "nama": "Indeks Kepuasan Masyarakat atas layanan kecamatan",
                            "definisi": "Perhitungan nilai ndeks Kepuasan Masyarakat atas layanan kecamatan",
                            "formula": "Sesuai Permenpan RB Nomor 14 tahun 2017",
                            "is_iku": True,
                            "target": {2023: "81,14"},
                            "pj": [("jabatan", "camat")],
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "pelayanan",
                            "nama": "Meningkatnya Pelayanan Masyarakat",
                            "indikator": [
                                {
                                    "key": "terintegrasi",
                                    "nama": "Persentase kelurahan yang telah menyelenggarakan pelayanan terintegrasi",
                                    "definisi": ("Perhitungan jumlah kelurahan yang telah memiliki dan melaksanakan "
                                                 "aplikasi layanan yang terintegrasi"),
                                    "formula": ("Jumlah kelurahan yang telah menyelenggarakan pelayanan terintegrasi / "
                                                "Jumlah kelurahan × 100"),
                                    "pembilang": "Jumlah kelurahan yang telah menyelenggarakan pelayanan terintegrasi",
                                    "penyebut": "Jumlah kelurahan",
                                    "satuan": "%",
                                    "sumber_data": "Sekretaris Camat",
                                    "is_iku": True,
                                    "target": {2023: "85,71%"},
                                    "pj": [("jabatan", "camat")],
                                },
                                {
                                    "key": "trantibmas",
                                    "nama": "Persentase laporan trantibmas yang ditindaklanjuti sesuai standart",
                                    "definisi": ("Perhitungan pengaduan trantibmas yang dilaporkan kepada kecamatan "
                                                 "dengan tindak lanjut atas laporan tersebut"),
                                    "formula": ("Jumlah laporan trantib yang ditindaklanjuti / Jumlah total laporan "
                                                "dalam (Tahun- n) × 100"),
                                    "pembilang": "Jumlah laporan trantib yang ditindaklanjuti",
                                    "penyebut": "Jumlah total laporan dalam (Tahun- n)",
                                    "satuan": "%",
                                    "sumber_data": "Seksi Ketentraman dan Ketertiban Umum",
                                    "is_iku": True,
                                    "target": {2023: "100,00%"},
                                    "pj": [("jabatan", "camat")],
                                },
                            ],
                        },
                        {
                            "key": "tata-kelola",
                            "nama": "Meningkatnya sistem tata kelola yang baik dalam menjamin pelayanan prima",
                            "indikator": [
                                _SAKIP,
                                {
                                    "key": "temuan",
                                    "nama": "Persentase temuan atas penyelenggaraan pemerintahan yang ditindaklanjuti",
                                    "definisi": "Perhitungan atas temuan yang pada Kecamatan Purworejo",
                                    "formula": ("Jumlah temuan tas penyelenggaraan pemerintahan yang ditindaklanjuti / "
                                                "Jumlah temuan × 100"),
                                    "pembilang": "Jumlah temuan tas penyelenggaraan pemerintahan yang ditindaklanjuti",
                                    "penyebut": "Jumlah temuan",
                                    "satuan": "%",
                                    "sumber_data": "Sekretaris Camat",
                                    "is_iku": True,
                                    "target": {2023: "100,00%"},
                                    "pj": [("jabatan", "camat")],
                                },
                                {
                                    "key": "program-dukungan",
                                    "nama": ("Persentase rata-rata ketercapaian pelaksanaan program dukungan sasaran "
                                             "SKPD"),
                                    "definisi": "Perhitungan atas rata-rata ketercapaian program dukungan sasaran SKPD",
                                    "formula": ("Jumlah capaian program dukungan sasaran SKPD / Jumlah program "
                                                "dukungan sasaran SKPD × 100"),
                                    "pembilang": "Jumlah capaian program dukungan sasaran SKPD",
                                    "penyebut": "Jumlah program dukungan sasaran SKPD",
                                    "satuan": "%",
                                    "sumber_data": "Sekretaris Camat",
                                    "is_iku": True,
                                    "target": {2023: "100,00%"},
                                    "pj": [("jabatan", "camat")],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "t2",
                    "nama": "Meningkatnya pemberdayaan masyarakat",
                    "indikator": [
                        {
                            "key": "cepat-berkembang",
                            "nama": "Persentase kelurahan dengan kategori cepat berkembang",
                            "definisi": ("Perhitungan jumlah kelurahan dengan kategori cepat berkembang di wilayah "
                                         "Kecamatan Purworejo"),
                            "formula": "Jumlah kelurahan cepat berkembang / Jumlah kelurahan × 100",
                            "pembilang": "Jumlah kelurahan cepat berkembang",
                            "penyebut": "Jumlah kelurahan",
                            "satuan": "%",
                            "sumber_data": "Seksi Pemerintahan dan Pelayanan Umum",
                            "is_iku": True,
                            "target": {2023: "85,71%"},
                            "pj": [("jabatan", "camat")],
                        },
                    ],
                    "sasaran": [
                        {
                            "key": "keberdayaan",
                            "nama": "Meningkatnya keberdayaan dan Peran serta Masyarakat dalam Pembangunan",
                            "indikator": [
                                {
                                    "key": "kelembagaan",
                                    "nama": "Persentase Kelembagaan Masyarakat yang aktif",
                                    "definisi": "Perhitungan jumlah kelembagaan yang aktif dalam berkegiatan lembaganya",
                                    "formula": "Jumlah lembaga masyarakat yang aktif / Jumlah lembaga masyarakat × 100",
                                    "pembilang": "Jumlah lembaga masyarakat yang aktif",
                                    "penyebut": "Jumlah lembaga masyarakat",
                                    "satuan": "%",
                                    "sumber_data": "Seksi Pemberdayaan Kelembagaan Masyarakat",
                                    "is_iku": True,
                                    "target": {2023: "100,00%"},
                                    "pj": [("jabatan", "camat")],
                                },
                                {
                                    "key": "musrenbangcam",
                                    "nama": "Persentase Usulan Musrenbangcam yang Disampaikan dalam Forum PD",
                                    "definisi": ("Perhitungan jumlah usulan masyarakat yang disampaikan kepada pemangku "
                                                 "kepentingan sebagai bentuk kontribusi masyarakat dalam pembangunan "
                                                 "daerah"),
                                    "formula": ("Jumlah Usulan Musrenbangcam yang Disampaikan dalam Forum PD / Jumlah "
                                                "usulan yang masuk × 100"),
                                    "pembilang": "Jumlah Usulan Musrenbangcam yang Disampaikan dalam Forum PD",
                                    "penyebut": "Jumlah usulan yang masuk",
                                    "satuan": "%",
                                    "sumber_data": "Seksi Pemberdayaan Masyarakat dan Sarana Prasarana",
                                    "is_iku": True,
                                    "target": {2023: "78,50%"},
                                    "pj": [("jabatan", "camat")],
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
            "tahun_mulai": 2023,
            "tahun_selesai": 2023,
            "renstra": 2023,
            "tanggal": datetime.date(2023, 1, 2),
            "tempat": "Pasuruan",
            # (indikator, tujuan the row is shown under when it is not the indicator's own)
            "entri": [
                "ikm", "terintegrasi", "trantibmas", "sakip", "temuan", "program-dukungan",
                "cepat-berkembang", "kelembagaan", "musrenbangcam",
                ("sakip", "t2"), ("temuan", "t2"), ("program-dukungan", "t2"),
            ],
        },
    ],
}
