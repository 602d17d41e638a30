"""The SKM report ("SURVEI KEPUASAN MASYARAKAT", PermenPANRB 14/2017) as the seed LKjIP's annex lays it out:
a cover, the contents, Bab I (latar belakang, dasar hukum, maksud dan tujuan), Bab II (pelaksana, metode with
the nine unsur defined, lokasi, the schedule, the sample and its formula), Bab III (respondents, IKM per
unsur), Bab IV (analysis, follow-up plan, trend), Bab V with the signature, and the annexes (questionnaire,
Hasil Olah Data SKM, the minutes of the Forum Konsultasi Publik with its number, parties and signatures).

``bab(h)`` turns a ``HasilSkm`` into the report's sections — headings, paragraphs and tables with every figure
already formatted — and both the Word file and the PDF (:mod:`.cetak`) render that list, so they cannot
disagree. What is checked rather than signed (the IKM reported for the IKU against the computed one, an RTL
that leaves a weak unsur without action) is on the results screen (:mod:`.cek`), not in this text.
"""

from __future__ import annotations

from sakip.documents.naskah import HALAMAN_BARU, Bagian, Gambar, Tabel, TandaTangan, TandaTanganDua
from sakip.domain.survey.dokumen import HasilSkm, NilaiUnsur, Orang
from sakip.rumus.angka import format_angka, format_persen

DRAF = "DRAF — belum diterbitkan"

# PermenPANRB 14/2017: what each unsur asks about, by its code.
DEFINISI = {
    "U1": "syarat yang harus dipenuhi dalam pengurusan suatu jenis pelayanan, baik persyaratan teknis maupun "
          "administratif.",
    "U2": "tata cara pelayanan yang dibakukan bagi pemberi dan penerima pelayanan, termasuk pengaduan.",
    "U3": "jangka waktu yang diperlukan untuk menyelesaikan seluruh proses pelayanan dari setiap jenis pelayanan.",
    "U4": "ongkos yang dikenakan kepada penerima layanan dalam mengurus dan/atau memperoleh pelayanan dari "
          "penyelenggara yang besarnya ditetapkan berdasarkan kesepakatan antara penyelenggara dan masyarakat.",
    "U5": "hasil pelayanan yang diberikan dan diterima sesuai dengan ketentuan yang telah ditetapkan; produk "
          "pelayanan ini merupakan hasil dari setiap spesifikasi jenis pelayanan.",
    "U6": "kemampuan yang harus dimiliki oleh pelaksana meliputi pengetahuan, keahlian, keterampilan, dan "
          "pengalaman.",
    "U7": "sikap petugas dalam memberikan pelayanan.",
    "U8": "tata cara pelaksanaan penanganan pengaduan dan tindak lanjut.",
    "U9": "sarana adalah segala sesuatu yang dapat dipakai sebagai alat dalam mencapai maksud dan tujuan; prasarana "
          "adalah segala sesuatu yang merupakan penunjang utama terselenggaranya suatu proses (usaha, pembangunan, "
          "proyek). Sarana untuk benda yang bergerak (komputer, mesin), prasarana untuk benda yang tidak bergerak "
          "(gedung).",
}

CARA_ISI = {
    "Formulir daring": "formulir daring yang diisi sendiri oleh pengguna layanan (melalui tautan atau kode QR "
                       "di loket pelayanan)",
    "Kuesioner kertas (dientri petugas)": "kuesioner kertas yang diisi pengguna layanan lalu dientri petugas",
    "Impor berkas": "berkas olah data kuesioner yang diimpor petugas",
    "Data demo yang dibangkitkan": "data contoh yang dibangkitkan untuk peragaan",
}


def _a(value, places: int = 2) -> str:
    return format_angka(value, places) if value is not None else "-"


def _sebut(unsur: tuple[NilaiUnsur, ...]) -> str:
    names = [f"{u.nama} ({_a(u.nrr)})" for u in unsur]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " dan " + names[-1]


def judul(h: HasilSkm) -> tuple[str, ...]:
    return ("SURVEI KEPUASAN MASYARAKAT", h.unit_nama.upper(), h.periode_nama.upper())


def sampul(h: HasilSkm) -> tuple[str, ...]:
    """The cover under the title: the draft mark until published, then the PD's letterhead (seed order)."""
    lines = [DRAF] if h.draf else []
    lines += [f"PEMERINTAH {h.pemda_nama.upper()}" if h.pemda_nama else "", h.unit_nama.upper(), *h.kop]
    return tuple(x for x in lines if x)


def tanda_tangan(h: HasilSkm) -> TandaTangan | None:
    """The head of the PD signs at the end of Bab V, at the report's place and date (the date left blank
    until it is set on the screen)."""
    if not h.penanda_tangan:
        return None
    jabatan, nama, nip = h.penanda_tangan
    tanggal = h.tanggal_laporan_teks or "........................"
    return TandaTangan(f"{h.tempat_laporan}, {tanggal}", jabatan, nama, nip, h.penanda_tangan_pangkat)


def _bab1(h: HasilSkm) -> list[Bagian]:
    return [
        Bagian("BAB I PENDAHULUAN", [], halaman_baru=True),
        Bagian("1.1 Latar Belakang", [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan Peraturan Pemerintah Nomor 96 Tahun 2012 "
            "tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mengamanatkan "
            "penyelenggara wajib mengikutsertakan masyarakat dalam penyelenggaraan pelayanan publik sebagai upaya "
            "membangun sistem penyelenggaraan pelayanan publik yang adil, transparan, dan akuntabel.",
            "Untuk itu disusun Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan "
            "Masyarakat (SKM) Unit Penyelenggara Pelayanan Publik. Penilaian masyarakat atas penyelenggaraan pelayanan "
            "publik diukur berdasarkan 9 (sembilan) unsur yang berkaitan dengan standar pelayanan, sarana prasarana, "
            "serta konsultasi dan pengaduan.",
            f"Untuk mengetahui sejauh mana kualitas pelayanan {h.unit_nama} sebagai salah satu penyelenggara pelayanan "
            f"publik{' di ' + h.pemda_nama if h.pemda_nama else ''}, diselenggarakan survei atas penilaian pengguna "
            f"layanan terhadap pelayanan yang diberikan pada {h.periode_nama}. Hasil survei ini digunakan sebagai "
            "bahan evaluasi dan masukan bagi penyelenggara layanan untuk terus-menerus melakukan perbaikan sehingga "
            "pelayanan prima dapat dicapai.",
        ], tingkat=2),
        Bagian("1.2 Dasar Pelaksanaan Survei Kepuasan Masyarakat", [
            "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
            "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang "
            "Pelayanan Publik.",
            "3. Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit "
            "Penyelenggara Pelayanan Publik.",
        ], tingkat=2),
        Bagian("1.3 Maksud dan Tujuan", [
            "Tujuan pelaksanaan SKM adalah untuk mengetahui gambaran kepuasan masyarakat yang diperoleh dari hasil "
            "pengukuran atas pendapat masyarakat terhadap mutu dan kualitas pelayanan yang telah diberikan oleh "
            f"{h.unit_nama}.",
            "Adapun sasaran dilakukannya SKM adalah:",
            "1. Mendorong partisipasi masyarakat sebagai pengguna layanan dalam menilai kinerja penyelenggara "
            "pelayanan;",
            "2. Mendorong penyelenggara pelayanan publik untuk meningkatkan kualitas pelayanan publik;",
            "3. Mendorong penyelenggara pelayanan publik untuk menjadi lebih inovatif dalam menyelenggarakan pelayanan "
            "publik;",
            "4. Mengukur kecenderungan tingkat kepuasan masyarakat terhadap pelayanan publik yang diberikan.",
            "Dengan dilakukan SKM dapat diperoleh manfaat, antara lain:",
            "1. Diketahui kelemahan atau kekurangan dari masing-masing unsur dalam penyelenggaraan pelayanan publik;",
            "2. Diketahui kinerja penyelenggara pelayanan yang telah dilaksanakan oleh unit pelayanan publik secara "
            "periodik;",
            "3. Sebagai bahan penetapan kebijakan yang perlu diambil dan upaya tindak lanjut yang perlu dilakukan atas "
            "hasil SKM;",
            "4. Diketahui indeks kepuasan masyarakat secara menyeluruh terhadap hasil pelaksanaan pelayanan publik;",
            "5. Memacu persaingan positif antarunit penyelenggara pelayanan dalam upaya peningkatan kinerja pelayanan;",
            "6. Bagi masyarakat dapat diketahui gambaran tentang kinerja unit pelayanan.",
        ], tingkat=2),
    ]


def _bab2(h: HasilSkm) -> list[Bagian]:
    cara = [CARA_ISI.get(b.label, b.label.lower()) + f" ({b.jumlah} kuesioner)" for b in h.kanal]
    nama_unsur = {kode: nama for kode, nama in ((u.kode, u.nama) for u in h.total.unsur)}
    units = [k.nama for k in h.per_unit]
    return [
        Bagian("BAB II PENGUMPULAN DATA SKM", [], halaman_baru=True),
        Bagian("2.1 Pelaksana SKM", [
            f"Survei Kepuasan Masyarakat dilakukan secara mandiri oleh {h.unit_nama} dengan membentuk tim pelaksana "
            "kegiatan Survei Kepuasan Masyarakat.",
        ], tingkat=2),
        Bagian("2.2 Metode Pengumpulan Data", [
            "Pengumpulan data menggunakan kuesioner"
            + (f": {'; '.join(cara)}." if cara else ".")
            + " Kuesioner terdiri atas 9 pertanyaan sesuai dengan jumlah unsur pengukuran kepuasan masyarakat "
            "berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017, masing-masing dengan empat pilihan jawaban "
            "bernilai 1 sampai 4. Kesembilan unsur yang ditanyakan yaitu:",
            *(f"{no}. {nama_unsur.get(kode, kode)} ({kode}): {DEFINISI.get(kode, '')}"
              for no, kode, _, _ in (h.kuesioner or tuple((i, u.kode, "", ()) for i, u in enumerate(h.total.unsur, 1)))),
        ], tingkat=2),
        Bagian("2.3 Lokasi Pengumpulan Data", [
            "Pengumpulan data dilakukan di lokasi unit pelayanan pada jam layanan"
            + (f", yaitu {', '.join(units[:-1])} dan {units[-1]}" if len(units) > 1 else
               f", yaitu {units[0]}" if units else "")
            + ". Kuesioner diisi sendiri oleh responden sebagai penerima layanan atas imbauan unit pelayanan yang "
            "bersangkutan.",
        ], tingkat=2),
        Bagian("2.4 Waktu Pelaksanaan SKM", [
            f"Survei dilakukan secara periodik, untuk {h.periode_nama}. Pengumpulan data berlangsung "
            f"{h.mulai_teks} sampai dengan {h.selesai_teks}, dengan rincian kegiatan sebagai berikut:",
            Tabel("Waktu pelaksanaan SKM", ("No.", "Kegiatan", "Waktu pelaksanaan", "Jumlah hari kerja"),
                  [(f"{i}.", j.kegiatan, j.waktu, str(j.hari_kerja)) for i, j in enumerate(h.jadwal, 1)],
                  catatan="Hari kerja: Senin sampai Jumat, tanpa memperhitungkan hari libur."),
        ], tingkat=2),
        Bagian("2.5 Penentuan Jumlah Responden", [
            f"Populasi penerima layanan {h.unit_nama} dalam kurun waktu satu tahun diperkirakan sebanyak "
            f"{format_angka(h.populasi)} orang. Jumlah sampel minimum ditentukan dengan rumus Krejcie dan Morgan:",
            "S = (λ² × N × P × Q) / (d² × (N − 1) + λ² × P × Q)",
            "dengan S = jumlah sampel, N = jumlah populasi, λ² = 3,841 (chi kuadrat, derajat kebebasan 1, taraf "
            "kesalahan 5%), P = Q = 0,5, dan d = 0,05.",
            f"Untuk N = {format_angka(h.populasi)} diperoleh S = {format_angka(h.sampel_minimum)} orang: jumlah minimum "
            "responden yang harus dikumpulkan dalam satu periode SKM. Responden dipilih secara acak dari pengguna "
            "setiap jenis pelayanan.",
        ], tingkat=2),
    ]


def _bab3(h: HasilSkm) -> list[Bagian]:
    t = h.total
    profil = [(f"{n}." if i == 0 else "", label.upper() if i == 0 else "", b.label, str(b.jumlah), format_persen(b.persen))
              for n, (_, label, rows) in enumerate(h.demografi, 1) for i, b in enumerate(rows)]
    n = len(h.demografi) + 1
    profil += [(f"{n}." if i == 0 else "", "JENIS LAYANAN" if i == 0 else "", b.label, str(b.jumlah),
                format_persen(b.persen)) for i, b in enumerate(h.jenis_layanan)]
    mutu = f"{t.mutu.huruf} ({t.mutu.kinerja})" if t.mutu else "-"
    if not t.responden:  # a period still collecting: say so rather than print tables of zeros and dashes
        return [
            Bagian("BAB III HASIL PENGOLAHAN DATA SKM", [], halaman_baru=True),
            Bagian("3.1 Jumlah Responden SKM", [
                f"Belum ada jawaban survei yang tercatat untuk {h.periode_nama}; sampel minimum {h.sampel_minimum} "
                "orang."], tingkat=2),
            Bagian("3.2 Indeks Kepuasan Masyarakat (Unit Layanan dan Per Unsur Layanan)", [
                "IKM dihitung setelah jawaban survei terkumpul."], tingkat=2),
        ]
    return [
        Bagian("BAB III HASIL PENGOLAHAN DATA SKM", [], halaman_baru=True),
        Bagian("3.1 Jumlah Responden SKM", [
            f"Berdasarkan hasil pengumpulan data, jumlah responden penerima layanan {t.responden} orang"
            + (f", kurang dari sampel minimum {h.sampel_minimum} orang." if h.kurang_sampel else "."),
            Tabel("Profil responden", ("No.", "Karakteristik", "Indikator", "Jumlah", "Persentase"), profil),
        ], tingkat=2),
        Bagian("3.2 Indeks Kepuasan Masyarakat (Unit Layanan dan Per Unsur Layanan)", [
            "Pengolahan data SKM dengan nilai rata-rata (NRR) tiap unsur, NRR tertimbang (bobot 1/9 tiap unsur) dan "
            "IKM = jumlah NRR tertimbang × 25 memberikan hasil sebagai berikut:",
            Tabel("Nilai unsur pelayanan dan IKM unit layanan", ("Unsur", "Nama unsur", "NRR", "Mutu"),
                  [(u.kode, u.nama, _a(u.nrr), u.mutu.huruf if u.mutu else "-") for u in t.unsur]
                  + [("", "IKM unit layanan", _a(t.ikm), mutu)]),
            f"IKM {h.unit_nama} pada {h.periode_nama} adalah {_a(t.ikm)}"
            + (f", mutu pelayanan {t.mutu.huruf} ({t.mutu.kinerja})." if t.mutu else "."),
        ], tingkat=2),
    ]


def _bab4(h: HasilSkm) -> list[Bagian]:
    lemah, kuat = h.terlemah, h.terkuat
    analisis: list = ["Berdasarkan hasil pengolahan data, dapat diketahui bahwa:" if lemah else
                      "Analisis unsur layanan disusun setelah jawaban survei terkumpul."]
    if lemah:
        analisis.append(f"1. Tiga unsur dengan nilai terendah yaitu {_sebut(lemah)}.")
    if kuat:
        analisis.append(f"2. Tiga unsur dengan nilai tertinggi yaitu {_sebut(kuat)}.")
    if h.saran:
        analisis.append(f"Dari {len(h.saran)} saran dan masukan responden, "
                        + ("dua puluh yang pertama" if len(h.saran) > 20 else "seluruhnya")
                        + " tercantum berikut ini:")
        analisis.append(Tabel("Saran dan masukan responden", ("No.", "Saran dan masukan"),
                              [(f"{i}.", f"“{s}”") for i, s in enumerate(h.saran[:20], start=1)]))
    if h.analisis:
        analisis.append("Adapun kondisi permasalahan/kekurangan dari unsur pelayanan dapat digambarkan sebagai berikut:")
        analisis += [f"– {x}" for x in h.analisis]
    rtl: list = [
        "Hasil analisis tersebut digunakan untuk perbaikan kualitas pelayanan publik dan pengambilan kebijakan. "
        "Rencana tindak lanjut perbaikan disusun dengan prioritas dimulai dari unsur yang paling rendah nilainya.",
    ]
    if h.fkp:
        rtl.append("Pembahasan rencana tindak lanjut hasil SKM dilakukan melalui Forum Konsultasi Publik (FKP) "
                   f"bersama perwakilan pengguna layanan pada tanggal {h.fkp.tanggal_teks} (berita acara terlampir).")
    if h.rtl:
        rtl.append("Rencana tindak lanjut perbaikan hasil SKM dituangkan dalam tabel berikut:")
        rtl.append(_tabel_rtl(h))
    else:
        rtl.append("Rencana tindak lanjut belum disusun.")
    tren: list = [
        "Untuk membandingkan kinerja unit pelayanan secara berkala dan melihat perubahan tingkat kepuasan "
        "masyarakat, survei dilakukan secara periodik dan berkesinambungan."
        + (f" Tren nilai SKM {h.unit_nama}:" if h.tren else " Belum ada periode yang memiliki jawaban survei."),
    ]
    if h.tren:
        tren += [Tabel("Tren nilai SKM", ("Periode", "Responden", "IKM"),
                       [(p.nama, str(p.responden), _a(p.ikm)) for p in h.tren]),
                 Gambar("Grafik tren IKM", h.grafik_tren), _kalimat_tren(h)]
    return [
        Bagian("BAB IV ANALISIS HASIL SKM", [], halaman_baru=True),
        Bagian("4.1 Analisis Permasalahan/Kelemahan dan Kelebihan Unsur Layanan", analisis, tingkat=2),
        Bagian("4.2 Rencana Tindak Lanjut", rtl, tingkat=2),
        Bagian("4.3 Tren Nilai SKM", tren, tingkat=2),
    ]


def _tabel_rtl(h: HasilSkm) -> Tabel:
    rows, last = [], None
    for r in h.rtl:
        first = (r.prioritas, r.unsur) != last
        last = (r.prioritas, r.unsur)
        rows.append((str(r.prioritas) if first else "", (r.unsur_label or r.unsur) if first else "", r.kegiatan,
                     *("√" if on else "" for on in r.triwulan), r.penanggung_jawab))
    return Tabel("Rencana tindak lanjut", ("No.", "Prioritas unsur", "Program/kegiatan", "TW I", "TW II", "TW III",
                                           "TW IV", "Penanggung jawab"), rows)


def _kalimat_tren(h: HasilSkm) -> str:
    nilai = [(p.nama, p.ikm) for p in h.tren if p.ikm is not None]
    if len(nilai) < 2:
        return f"{h.periode_nama} adalah periode pertama yang hasilnya tercatat di sakip; tren dapat dibaca mulai " \
               "periode berikutnya."
    (nama_a, a), (nama_b, b) = nilai[-2], nilai[-1]
    arah = "naik" if b > a else "turun" if b < a else "tetap"
    return f"IKM {arah} dari {_a(a)} pada {nama_a} menjadi {_a(b)} pada {nama_b}."


def _bab5(h: HasilSkm) -> list[Bagian]:
    t = h.total
    isi: list = [
        f"Survei Kepuasan Masyarakat {h.unit_nama} {h.periode_nama}, dengan pengumpulan data {h.mulai_teks} sampai "
        f"dengan {h.selesai_teks} dari {t.responden} responden, dapat disimpulkan sebagai berikut:",
        f"1. Pelayanan publik di {h.unit_nama} secara umum mencerminkan tingkat kualitas "
        + (f"{t.mutu.kinerja} (mutu {t.mutu.huruf}) dengan nilai IKM {_a(t.ikm)}." if t.mutu
           else f"dengan nilai IKM {_a(t.ikm)}."),
        f"2. Unsur pelayanan yang termasuk tiga unsur terendah dan menjadi prioritas perbaikan yaitu {_sebut(h.terlemah)}.",
        f"3. Tiga unsur layanan dengan nilai tertinggi yaitu {_sebut(h.terkuat)}.",
    ]
    if t.ikm is None:
        isi[1:] = ["Belum ada jawaban survei yang tercatat; kesimpulan disusun setelah pengumpulan data."]
    ttd = tanda_tangan(h)
    if ttd:
        isi.append(ttd)
    return [Bagian("BAB V KESIMPULAN", isi, halaman_baru=True)]


def _lampiran(h: HasilSkm) -> list[Bagian]:
    t = h.total
    out = [Bagian("LAMPIRAN", [], halaman_baru=True)]
    kuesioner: list = [
        f"KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM) {h.unit_nama.upper()}"
        + (f" {h.pemda_nama.upper()}" if h.pemda_nama else ""),
        "Tanggal: ....../....../......    Jam: 08.00–12.00 / 13.00–17.00    Jenis layanan yang diterima: "
        "..................................",
        "Profil responden — Jenis kelamin: Laki-laki / Perempuan; Usia: ...... tahun; Pendidikan: SD ke bawah / SLTP "
        "/ SLTA / D-I–D-IV/S-1 / S-2 ke atas; Pekerjaan: PNS/TNI/Polri / Pegawai swasta / Wiraswasta/usahawan / "
        "Pelajar/mahasiswa / Lainnya.",
        "PENDAPAT RESPONDEN TENTANG PELAYANAN (lingkari huruf sesuai jawaban):",
    ]
    for no, _, teks, pilihan in h.kuesioner:
        kuesioner.append(f"{no}. {teks}")
        kuesioner.append("    " + "    ".join(f"{chr(96 + i)}. {p}" for i, p in enumerate(pilihan, 1)))
    kuesioner.append("SARAN DAN MASUKAN: ............................................................")
    out.append(Bagian("1. Kuesioner", kuesioner, tingkat=2))
    olah: list = [
        f"Nama unit: {h.unit_nama}. Periode: {h.periode_nama}. Pengumpulan data: {h.mulai_teks} sampai dengan "
        f"{h.selesai_teks}. Jumlah responden: {t.responden}.",
    ]
    if t.responden:
        jumlah_tertimbang = sum(u.nrr for u in t.unsur if u.nrr is not None) / 9
        olah += [
            Tabel("Olah data per unsur", ("Unsur", "Jumlah nilai", "Responden", "NRR", "NRR tertimbang"),
                  [(u.kode, format_angka(u.jumlah), str(t.responden), _a(u.nrr, 4),
                    _a(u.nrr / 9 if u.nrr is not None else None, 4)) for u in t.unsur]
                  + [("", "", "", "Jumlah", _a(jumlah_tertimbang, 4)), ("", "", "", "IKM (× 25)", _a(t.ikm))]),
            Tabel("IKM per unit layanan", ("Unit layanan", "Responden", "IKM", "Mutu"),
                  [(k.nama, str(k.responden), _a(k.ikm), k.mutu.huruf if k.mutu else "-") for k in h.per_unit]),
        ]
    if h.per_layanan:
        olah.append(Tabel("IKM per jenis layanan", ("Jenis layanan", "Responden", "IKM", "Mutu"),
                          [(k.nama, str(k.responden), _a(k.ikm), k.mutu.huruf if k.mutu else "-") for k in h.per_layanan]))
    out.append(Bagian("2. Hasil Olah Data SKM", olah, tingkat=2, halaman_baru=True))
    nomor = 3
    if h.dokumentasi:
        out.append(Bagian(f"{nomor}. Dokumentasi Lainnya Terkait Pelaksanaan SKM",
                          [Gambar(keterangan or f"Dokumentasi {i}", png) for i, (keterangan, png) in
                           enumerate(h.dokumentasi, 1)], tingkat=2, halaman_baru=True))
        nomor += 1
    if h.fkp:
        out.append(_berita_acara(h, nomor))
    return out


def _pihak(orang: tuple[Orang, ...]) -> Tabel:
    return Tabel("", ("No.", "Nama", "NIP", "Jabatan"),
                 [(f"{i}.", o.nama, o.nip.replace(" ", "") or "-", o.jabatan) for i, o in enumerate(orang, 1)])


def _berita_acara(h: HasilSkm, nomor: int) -> Bagian:
    f = h.fkp
    assert f is not None
    pimpinan = h.penanda_tangan[0] if h.penanda_tangan else f"pimpinan {h.unit_nama}"
    isi: list = [
        *(x for x in (f"PEMERINTAH {h.pemda_nama.upper()}" if h.pemda_nama else "", h.unit_nama.upper(), *h.kop) if x),
        "BERITA ACARA HASIL FORUM KONSULTASI PUBLIK (FKP) PEMBAHASAN RENCANA TINDAK LANJUT HASIL SKM "
        f"{h.unit_nama.upper()}" + (f" {h.pemda_nama.upper()}" if h.pemda_nama else ""),
        f"Nomor: {f.nomor or '........................'}",
        f"Pada hari ini {f.hari_teks}, telah dilaksanakan Forum Konsultasi Publik oleh {h.unit_nama}"
        + (f" bertempat di {f.tempat}" if f.tempat else "")
        + ", yang berdasarkan hasil diskusi dan keputusan bersama menyatakan sebagai berikut:",
        _pihak(f.pihak_kesatu),
        f"Dalam hal ini bertindak untuk dan atas nama {pimpinan}, yang selanjutnya disebut PIHAK KESATU.",
        _pihak(f.pihak_kedua),
        "Dalam hal ini bertindak untuk dan atas nama unit layanan dan pengguna layanan yang diwakilinya, yang "
        "selanjutnya disebut PIHAK KEDUA.",
    ]
    # The closing words and every signature on a page of their own (seed 002: the minutes' second page), so no
    # signature is separated from its place and date or from the text it signs.
    isi += [
        HALAMAN_BARU,
        "PARA PIHAK telah melaksanakan Forum Konsultasi Publik Pembahasan Rencana Tindak Lanjut Hasil SKM dengan "
        "hasil sebagaimana tersebut dalam lampiran Berita Acara ini.",
        *([f.hasil] if f.hasil else []),
        "Berita Acara ini dibuat dalam rangkap 2 (dua), masing-masing diperuntukkan bagi PIHAK KESATU dan "
        "PIHAK KEDUA.",
        "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
    ]
    kosong = ("", "", "", "")
    kedua = [(f"PIHAK KEDUA {i}," if len(f.pihak_kedua) > 1 else "PIHAK KEDUA,", o.nama, "", o.nip)
             for i, o in enumerate(f.pihak_kedua, 1)]
    kesatu = [("PIHAK KESATU,", o.nama, "", o.nip) for o in f.pihak_kesatu]
    orang = kesatu + kedua
    for i in range(0, len(orang), 2):
        pair = orang[i:i + 2]
        isi.append(TandaTanganDua(f"{h.tempat_laporan}, {f.tanggal_teks}" if i == 0 else "",
                                  pair[0], pair[1] if len(pair) > 1 else kosong))
    if h.rtl:
        isi += [HALAMAN_BARU, f"Lampiran Berita Acara Nomor {f.nomor or '....'} tanggal {f.tanggal_teks}: rencana "
                              "tindak lanjut hasil SKM yang disepakati.", _tabel_rtl(h)]
    return Bagian(f"{nomor}. Berita Acara FKP Pembahasan Rencana Tindak Lanjut Hasil SKM", isi, tingkat=2,
                  halaman_baru=True)


def bab(h: HasilSkm) -> list[Bagian]:
    return [*_bab1(h), *_bab2(h), *_bab3(h), *_bab4(h), *_bab5(h), *_lampiran(h)]


def opsi(h: HasilSkm) -> dict:
    """The renderers' options: a cover (with the draft mark until published) and the contents."""
    return {"sampul": sampul(h), "daftar_isi": True}
