"""The default questionnaire: seed 002's nine questions (its own order: sarana before pengaduan) with
their answers a–d. A PD starts with it and may edit wording and order (Django admin)."""

from __future__ import annotations

from sakip.domain.survey.models import Pertanyaan

# (unsur code, order on the questionnaire, question, answers a–d)
PERTANYAAN_BAKU = [
    ("U1", 1, "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
     ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    ("U2", 2, "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
     ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah")),
    ("U3", 3, "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
     ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")),
    ("U4", 4, "Bagaimana pendapat Saudara tentang kewajaran biaya/ tarif pelayanan?",
     ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
    ("U5", 5, "Bagaimana pendapat Saudara tentang kecukupan produk pelayanan antara yang tertantum dalam standar "
              "pelayanan dengan hasil yang diberikan?",
     ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    ("U6", 6, "Bagaimana pendapat Saudara tentang kompetensi/ kemampuan petugas dalam pelayanan?",
     ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten")),
    ("U7", 7, "Bagaimana pendapat Saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
     ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah")),
    ("U9", 8, "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
     ("Buruk", "Cukup", "Baik", "Sangat baik")),
    ("U8", 9, "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
     ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik")),
]



def pastikan_kuesioner(pd) -> None:
    """Give ``pd`` the default questionnaire if it has none yet."""
    if Pertanyaan.objects.filter(pd=pd).exists():
        return
    for kode, urutan, teks, pilihan in PERTANYAAN_BAKU:
        row = Pertanyaan(pd=pd, unsur=kode, urutan=urutan, teks=teks, jawaban_1=pilihan[0], jawaban_2=pilihan[1],
                         jawaban_3=pilihan[2], jawaban_4=pilihan[3])
        row.full_clean()
        row.save()
