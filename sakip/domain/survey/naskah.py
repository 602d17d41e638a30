"""The SKM report (seed 002, "SURVEI KEPUASAN MASYARAKAT"): Bab I–V and the questionnaire annex.

``bab(h)`` turns a ``HasilSkm`` into the report's sections — headings, paragraphs and tables with
every figure already formatted — and both the Word file and the PDF (:mod:`.cetak`) render that list,
so they cannot disagree.
"""

from __future__ import annotations

from sakip.documents.naskah import Bagian, Gambar, Tabel, TandaTangan
from sakip.domain.survey.dokumen import HasilSkm
from sakip.rumus.angka import format_angka, format_persen


def _a(value, places: int = 2) -> str:
    return format_angka(value, places) if value is not None else "-"


def bab(h: HasilSkm) -> list[Bagian]:
    t = h.total
    weakest = ", ".join(f"{u.nama} ({_a(u.nrr)})" for u in h.terlemah)
    strongest = ", ".join(f"{u.nama} ({_a(u.nrr)})" for u in h.terkuat)
    profil = [(label if i == 0 else "", b.label, str(b.jumlah), format_persen(b.persen))
              for _, label, rows in h.demografi for i, b in enumerate(rows)]
    profil += [("Jenis layanan" if i == 0 else "", b.label, str(b.jumlah), format_persen(b.persen))
               for i, b in enumerate(h.jenis_layanan)]
    sections = [
        Bagian("BAB I PENDAHULUAN", [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mengamanatkan penyelenggara pelayanan "
            "mengikutsertakan masyarakat dalam penyelenggaraan pelayanan. Peraturan Menteri PANRB Nomor 14 Tahun 2017 "
            "memberi pedoman Survei Kepuasan Masyarakat (SKM) untuk mengukur kepuasan itu secara berkala.",
            f"Survei ini mengukur kepuasan pengguna layanan {h.unit_nama} pada {h.periode_nama} sebagai bahan "
            "perbaikan kualitas pelayanan publik.",
        ]),
        Bagian("BAB II PENGUMPULAN DATA SKM", [
            "Kuesioner terdiri atas 9 pertanyaan sesuai sembilan unsur pelayanan PermenPANRB 14/2017, masing-masing "
            "dengan empat pilihan jawaban bernilai 1 sampai 4.",
            f"Pengumpulan data: {h.mulai_teks} sampai {h.selesai_teks}, pada unit layanan kecamatan dan kelurahan.",
            f"Populasi penerima layanan setahun {format_angka(h.populasi)} orang; jumlah sampel minimum menurut rumus "
            f"Krejcie dan Morgan {h.sampel_minimum} orang.",
        ]),
        Bagian("BAB III HASIL PENGOLAHAN DATA SKM", [
            f"Jumlah responden {t.responden} orang"
            + (f", kurang dari sampel minimum {h.sampel_minimum} orang." if h.kurang_sampel else "."),
            Tabel("Profil responden", ("Karakteristik", "Indikator", "Jumlah", "Persentase"), profil),
            Tabel("Nilai per unsur pelayanan", ("Unsur", "Nama unsur", "NRR", "Mutu"),
                  [(u.kode, u.nama, _a(u.nrr), u.mutu.huruf if u.mutu else "-") for u in t.unsur]),
            f"IKM unit layanan {_a(t.ikm)}"
            + (f", mutu {t.mutu.huruf} ({t.mutu.kinerja})." if t.mutu else "."),
            Tabel("IKM per unit layanan", ("Unit layanan", "Responden", "IKM", "Mutu"),
                  [(k.nama, str(k.responden), _a(k.ikm), k.mutu.huruf if k.mutu else "-") for k in h.per_unit]),
            *([Tabel("IKM per jenis layanan", ("Jenis layanan", "Responden", "IKM", "Mutu"),
                     [(k.nama, str(k.responden), _a(k.ikm), k.mutu.huruf if k.mutu else "-") for k in h.per_layanan])]
              if h.per_layanan else []),
        ]),
        Bagian("BAB IV ANALISIS HASIL SKM", [
            f"Tiga unsur dengan nilai terendah: {weakest}. Tiga unsur dengan nilai tertinggi: {strongest}.",
            *([Tabel("Saran dan masukan responden", ("No.", "Saran"),
                     [(str(i), s) for i, s in enumerate(h.saran[:20], start=1)])] if h.saran else []),
            *([Tabel("Rencana tindak lanjut", ("Prioritas", "Unsur", "Program/kegiatan", "TW I", "TW II", "TW III",
                                               "TW IV", "Penanggung jawab"),
                     [(str(r.prioritas), r.unsur_label or r.unsur, r.kegiatan, *("√" if on else "" for on in r.triwulan),
                       r.penanggung_jawab) for r in h.rtl])] if h.rtl else []),
            Tabel("Tren nilai SKM", ("Periode", "Responden", "IKM"),
                  [(p.nama, str(p.responden), _a(p.ikm)) for p in h.tren]),
            *([Gambar("Grafik tren IKM", h.grafik_tren())] if h.tren else []),
            *([f"Rencana tindak lanjut dibahas dalam Forum Konsultasi Publik pada {h.fkp.tanggal_teks}."] if h.fkp else []),
        ]),
        Bagian("BAB V KESIMPULAN", [
            f"Pelayanan publik {h.unit_nama} pada {h.periode_nama} memperoleh IKM {_a(t.ikm)}"
            + (f" dengan mutu {t.mutu.huruf} ({t.mutu.kinerja})." if t.mutu else "."),
            f"Unsur prioritas perbaikan: {weakest}.",
            f"Unsur dengan nilai tertinggi: {strongest}.",
            *([f"IKM yang dilaporkan sebagai realisasi IKU ({h.ikm_dilaporkan_sumber}) adalah {_a(h.ikm_dilaporkan)}, "
               f"berbeda {_a(h.selisih_dilaporkan)} poin dari IKM yang dihitung dari jawaban survei ini."]
              if h.ikm_dilaporkan is not None and h.selisih_dilaporkan else []),
        ]),
        Bagian("LAMPIRAN 1. KUESIONER", [
            Tabel("Pendapat responden tentang pelayanan", ("No.", "Unsur", "Pertanyaan", "Pilihan jawaban (nilai 1–4)"),
                  [(str(no), kode, teks, " / ".join(f"{chr(96 + i)}. {p}" for i, p in enumerate(pilihan, 1)))
                   for no, kode, teks, pilihan in h.kuesioner]),
        ]),
        *([Bagian("LAMPIRAN 2. BERITA ACARA FORUM KONSULTASI PUBLIK", [
            f"Forum Konsultasi Publik pembahasan rencana tindak lanjut hasil SKM, {h.fkp.tanggal_teks}"
            + (f", {h.fkp.tempat}." if h.fkp.tempat else "."),
            Tabel("Para pihak", ("Pihak", "Nama — jabatan"),
                  [("Kesatu", x) for x in h.fkp.pihak_kesatu] + [("Kedua", x) for x in h.fkp.pihak_kedua]),
            h.fkp.hasil,
        ])] if h.fkp else []),
    ]
    return sections


def judul(h: HasilSkm) -> tuple[str, ...]:
    return ("SURVEI KEPUASAN MASYARAKAT", h.unit_nama.upper(), h.periode_nama.upper())


def tanda_tangan(h: HasilSkm) -> dict[str, TandaTangan]:
    if not h.penanda_tangan:
        return {}
    jabatan, nama, nip = h.penanda_tangan
    return {"BAB V KESIMPULAN": TandaTangan(h.fkp.tanggal_teks if h.fkp else h.selesai_teks, jabatan, nama, nip)}
