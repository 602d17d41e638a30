"""Kecamatan Wonoasih, SKM semester II 2024, from seed 002 ("SURVEI KEPUASAN MASYARAKAT TAHUN 2024
(SEMESTER II)").

The seed gives the summary, not the 341 questionnaires. The demo *generates* 341 respondents
(``kanal = bangkitan``) whose profile counts are exactly the seed's and whose per-unsur averages
round to the seed's NRR; nothing else about them is real.

Seed notes:

* The seed's questionnaire asks sarana dan prasarana as question 8 and penanganan pengaduan as
  question 9, and its result table numbers the unsur by question (its "U8" 3,72 is sarana, its "U9"
  3,74 is pengaduan — Bab IV names "Pengaduan" the highest at 3,74 and "Sarpras" 3,72). The unsur
  codes of PermenPANRB 14/2017 are kept (U8 pengaduan, U9 sarana) and the questionnaire's order is
  stored as the order of its questions.
* The seed splits respondents by "jenis layanan" only into layanan kecamatan (56) and layanan
  kelurahan (285); how the 285 spread over the six kelurahan is not given. The generated answers are
  spread evenly over the six kelurahan units (48, 48, 48, 47, 47, 47) — generated, not the seed's.
* The reported IKM 94,17 comes from the city's application (Portal Emas); it stays the IKU
  realisation. The IKM sakip computes from the generated answers is ≈ 89,3, and the results show the
  difference.
"""

import datetime
from typing import Any

# Bab IV 4.1: the conditions behind the weakest unsur, as the seed writes them.
ANALISIS = "\n".join([
    "Waktu penyelesaian pelayanan masih dirasakan lambat oleh masyarakat. Layanan registrasi online sebenarnya "
    "sudah mulai dilakukan namun belum banyak masyarakat yang melakukan registrasi secara online dan langsung datang "
    "ke lokasi layanan. Hal ini juga ditambahkan dengan ketidaktahuan masyarakat dalam memahami alur pelayanan "
    "sehingga saat membutuhkan layanan, syarat dan kelengkapan yang mereka bawa tidak sesuai ketentuan yang ada.",
    "Petugas layanan belum pernah diberikan pelatihan khusus terkait service excellent serta belum ada penerapan "
    "pemberian penghargaan kepada petugas yang berprestasi.",
])

# Three different dates (issue 15): the answers were collected "Juli - September 2024" (Bab II 2.4, and the
# olah-data sheet's "JULI-AGUSTUS-SEP 2024"), the FKP met on 14 October 2024 (its minutes) and the report is
# signed "Probolinggo, 14 Oktober 2024" — while the semester, the period of the survey, runs to 31 December.
PERIODE: dict[str, Any] = {"kode": "2024-S2", "jenis": "semester", "nama": "Semester II 2024",
           "mulai": datetime.date(2024, 7, 1), "selesai": datetime.date(2024, 12, 31), "populasi": 3441,
           "ditutup": True, "pengumpulan_mulai": datetime.date(2024, 7, 1),
           "pengumpulan_selesai": datetime.date(2024, 9, 30), "tanggal_laporan": datetime.date(2024, 10, 14),
           "tempat_laporan": "Probolinggo", "analisis": ANALISIS}


RESPONDEN = 341
# Profile counts of seed 002 section 3.1 (respondent table).
PROFIL = {
    "jenis_kelamin": {"L": 178, "P": 163},
    "pendidikan": {"sd": 105, "sltp": 69, "slta": 148, "d-s1": 19, "s2": 0},
    "pekerjaan": {"pns": 11, "swasta": 58, "wiraswasta": 91, "pelajar": 24, "lainnya": 157},
    "usia": {"<20": 18, "20-29": 62, "30-39": 83, "40-49": 82, "50+": 96},
}
LAYANAN = {"kecamatan": 56, "kelurahan": 285}
# NRR per unsur code (regulation codes; see the seed note on U8/U9).
NRR = {"U1": "3.47", "U2": "3.35", "U3": "3.63", "U4": "3.72", "U5": "3.46", "U6": "3.48", "U7": "3.58",
       "U8": "3.74", "U9": "3.72"}
IKM_DILAPORKAN = "94,17"

# The four complaints quoted in Bab IV, attached to four generated respondents.
SARAN = [
    "Saya kadang bingung dengan prosedur yang diberikan",
    "Pelayanan harus online sementara kami harus datang ke loket pelayanan",
    "Jangka waktu pelayanan tidak selesai sehari",
    "Pelayanan ditingkatkan, melayani dengan senyum dan ramah",
]

# Section 4.2: (priority, unsur code, unsur as written, action, TW I–IV, penanggung jawab)
RTL = [
    (1, "U3", "Waktu Penyelesaian", 'Peningkatan sosialisasi registrasi "online"', (1, 1, 1, 0), "Seksi Pelayanan"),
    (1, "U3", "Waktu Penyelesaian", "Penambahan loket Customer Service untuk menjelaskan layanan pada masyarakat",
     (0, 0, 0, 1), "Seksi Pelayanan"),
    (2, "U2", "Prosedur Pelayanan", "Lakukan monitoring dan evaluasi terhadap prosedur pelayanan", (1, 1, 0, 0),
     "Bagian Organisasi"),
    (2, "U2", "Prosedur Pelayanan", "Simplifikasi proses bisnis", (0, 0, 1, 1), "Diskominfo"),
    (3, "U7", "Perilaku Petugas", "Memberikan pelatihan khusus terkait service excellent", (0, 0, 0, 1),
     "Seksi Pelayanan"),
]

# Lampiran 4, Berita Acara FKP. Section 4.2 dates the forum 4 October 2024, the minutes "Senin Tanggal
# Empat Belas Bulan Oktober" 2024 (a Monday); the minutes' date is used. Parties as typed on the screen:
# "nama — NIP — jabatan".
FKP = {
    "nomor": "000.8.3.4/498/425.503/2024",
    "tanggal": datetime.date(2024, 10, 14),
    "tempat": "Kantor Kecamatan Wonoasih",
    "pihak_kesatu": "WIWIN EKO RIASTUTIK, S.H. — 19690721 200801 2 019 — Kepala Seksi Pelayanan pada Kecamatan "
                    "Wonoasih Kota Probolinggo",
    "pihak_kedua": "\n".join([
        "HARIATI WIKEN SUSIANTININGSIH, S.Sos., M.M. — 19770508 201001 2 011 — Kepala Seksi Pelayanan pada "
        "Kelurahan Kedunggaleng",
        "ANIS INDRIYATI, S.S., M.M. — 19780410 201001 2 010 — Kepala Seksi Pelayanan pada Kelurahan Kedung Asem",
        "EFI KURNIAWATI, S.Sos. — 19780326 200012 2 001 — Kepala Seksi Pelayanan pada Kelurahan Pakistaji",
        "ASRIYATI, S.Sos. — 19790620 199903 2 005 — Kepala Seksi Pelayanan pada Kelurahan Sumber Taman",
        "TUTUS BASKORO, A.MF. — 19820908 200604 1 017 — Kepala Seksi Pelayanan pada Kelurahan Jrebeng Kidul",
        "SITI RAHMATILLAH, S.E. — 19721005 199502 2 001 — Kepala Seksi Pelayanan pada Kelurahan Wonoasih",
    ]),
    "hasil": ("PARA PIHAK menyepakati rencana tindak lanjut hasil SKM dalam lampiran, dengan prioritas perbaikan jangka "
              "pendek (kurang dari 12 bulan)."),
}
