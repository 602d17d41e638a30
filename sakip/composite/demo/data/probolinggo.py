"""Kota Probolinggo: RPJMD 2019–2024 and the Wali Kota, from seed 002 (LKjIP Wonoasih 2024).

Seed notes:

* Visi: section 1.3 writes "Membangun Bersama Rakyat untuk Kota Probolinggo Lebih Baik, ...";
  Tabel 3.1 writes it in lower case with a stray closing quote. Section 1.3 is followed.
* Misi names and uraian are section 1.3's, typos kept ("melali", "Tatakelola", "Sumberdaya manusia").
* Only the RPJMD tujuan/sasaran that the quarterly tables (PENGUKURAN KINERJA TW I–IV) cite are
  loaded, with the indicators those tables name ("IKU KOTA", "IKD KOTA").
* Section 2.1 calls "Meningkatkan Kesejahteraan Sosial Masyarakat" the *sasaran* of Misi 2; the
  quarterly tables put it in the *Tujuan* column with "Meningkatnya Cakupan Perlindungan Sosial
  Masyarakat" as sasaran. The quarterly tables are followed.
* The Misi IV sasaran is written four ways: "... Pelayanan Publik Pemerintah" (TW I),
  "... Pelayanan Publik Pemerintahan" (TW II and section 2.1), "Mutunya Kualitas ..." (TW III),
  "Mutu Kualitas ..." (TW IV). "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan"
  is used.
* The Wali Kota's term dates are not in the seed: the three PK 2024 of Wonoasih are signed in
  January (Dr. HABIB HADI ZAINAL ABIDIN, Wali Kota), February (NURKHOLIS, Pj. Wali Kota) and
  November (M. TAUFIK KURNIAWAN, Wali Kota). The terms are estimated from those months and say so.
"""

import datetime
from typing import Any

RPJMD: dict[str, Any] = {
    "pemda": "kota-probolinggo",
    "tahun_mulai": 2019,
    "tahun_selesai": 2024,
    "visi": ("Membangun Bersama Rakyat untuk Kota Probolinggo Lebih Baik, Berkeadilan, Sejahtera, Transparan, "
             "Aman, dan Berkelanjutan"),
    "misi": [
        {
            "nomor": 1,
            "nama": "Pembangunan Ekonomi yang Berdaya Saing Berbasis Sektor Potensial",
            "uraian": ("Misi ke I Kota Probolinggo terfokus terhadap pembangunan ekonomi dengan kekuatan sektor "
                       "potensial atau sektor unggulan Kota Probolinggo. Representasi terhadap pembangunan ekonomi "
                       "yang tercapai adalah laju pertumbuhan Kota Probolinggo yang dinamis, yang bertumpu terhadap "
                       "investasi daerah, sektor perdagangan, dan perindustrian"),
        },
        {
            "nomor": 2,
            "nama": "Sumberdaya manusia dan Kesejahteraan Sosial yang berkualitas",
            "uraian": ("Salah satu tujuan terpenting pembangunan dapat direpresentasikan melalui sejahteranya "
                       "masyarakat Kota Probolinggo, baik sejahtera dalam pembangunan manusianya yang "
                       "direpresentasikan melalui Indeks Pembangunan Manusia, maupun sejahtera dalam konteks "
                       "berkurangnya kemiskinan yang direpresentasikan oleh persentase penduduk miskin."),
            "tujuan": [
                {
                    "nama": "Meningkatkan Kesejahteraan Sosial Masyarakat",
                    "indikator": ["% Penduduk Miskin"],
                    "sasaran": [
                        {"nama": "Meningkatnya Cakupan Perlindungan Sosial Masyarakat", "indikator": ["% PMKS"]},
                    ],
                },
            ],
        },
        {
            "nomor": 3,
            "nama": "Infrastruktur dan Lingkungan Hidup yang Berkelanjutan",
            "uraian": ("Misi Ke III Kota Probolinggo adalah terfokus terhadap pembangunan infrastruktur yang tidak "
                       "hanya terfokus terhadap pembangunan Kota Probolinggo dari segi ekonomi, namun juga "
                       "keseimbangan dan kesinambungan lingkungan hidup. Representasi dari ketercapaian misi ini "
                       "adalah melalui indeks infrastruktur dan indeks lingkungan hidup."),
        },
        {
            "nomor": 4,
            "nama": "Tatakelola Pemerintahan dan Pelayanan Publik yang Baik",
            "uraian": ("Misi Ke IV Kota Probolinggo fokus terhadap tata kelola pemerintah yang professional. Hal yang "
                       "tak kalah pentingnya dari pencapaian 3 misi sebelumnya, profesionalitas dan kualitas kinerja "
                       "pemerintahan merupakan salah satu faktor penentu tercapainya pembangunan di Kota "
                       "Probolinggo. Dengan support system yang baik, tentunya memberikan dampak terhadap kinerja "
                       "pemerintah dalam membangun Kota Probolinggo. Representasi dari pembangunan tatakelola "
                       "pemerintah yakni adalah skor indeks reformasi birokrasi, dengan dibentuk melali sistem "
                       "akuntabilitas yang baik dan kualitas penyelenggaraan pelayanan publik yang prima."),
            "tujuan": [
                {
                    "nama": "Meningkatkan Tata Kelola dan Pelayanan Publik",
                    "indikator": ["Indeks Reformasi Birokrasi"],
                    "sasaran": [
                        {"nama": "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
                         "indikator": ["Indeks Kepuasan Masyarakat"]},
                    ],
                },
            ],
        },
    ],
}

_PERKIRAAN = "Tanggal diperkirakan dari bulan penandatanganan PK 2024 (LKjIP Kecamatan Wonoasih 2024)"

# Posts of the pemda itself (no perangkat daerah), with who held them.
JABATAN_PEMDA: list[dict[str, Any]] = [
    {
        "pemda": "kota-probolinggo",
        "key": "wali-kota",
        "nama": "Wali Kota Probolinggo",
        "jenis": "kepala_daerah",
        "pejabat": [
            {"nama": "Dr. HABIB HADI ZAINAL ABIDIN, S.Pd., M.M., M.HP.", "status": "definitif",
             "mulai": None, "selesai": datetime.date(2024, 1, 31), "keterangan": _PERKIRAAN},
            {"nama": "NURKHOLIS", "status": "pj",
             "mulai": datetime.date(2024, 2, 1), "selesai": datetime.date(2024, 10, 31), "keterangan": _PERKIRAAN},
            {"nama": "M. TAUFIK KURNIAWAN", "status": "definitif",
             "mulai": datetime.date(2024, 11, 1), "selesai": None, "keterangan": _PERKIRAAN},
        ],
    },
]
