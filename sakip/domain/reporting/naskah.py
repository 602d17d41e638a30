"""The LKjIP as a document (Word and PDF) from the computed ``Lkjip``, in the outline of PermenPANRB
53/2014 and the look of seed 002: cover, Kata Pengantar (signed by the head of the PD on the date of
the report), Daftar Isi, Daftar Gambar dan Tabel, Ikhtisar Eksekutif, Bab I (profile), Bab II
(Renstra, programs, PK, the pohon kinerja), Bab III (per sasaran the tables (a)–(h), Realisasi Anggaran), Bab IV
(conclusions with their figures) and the Lampiran (rekap capaian, Renstra matrix, the four quarterly
measurements, every PK of the year). Nothing here computes a figure; it only lays out ``Lkjip``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from decimal import Decimal
from functools import partial

from sakip.documents import lebar
from sakip.documents.grafik import bagan, batang, garis_banyak
from sakip.documents.naskah import HALAMAN_BARU, Bagian, Gambar, Tabel, TandaTangan, TandaTanganDua, nomori
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.agreement.dokumen import JANJI_BAKU
from sakip.domain.reporting.dokumen import Lkjip
from sakip.rumus.angka import format_angka, format_rupiah
from sakip.rumus.capaian import ROMAWI

ANGKA_HURUF = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan",
               10: "sepuluh"}


def _a(value, places: int | None = None) -> str:
    return format_angka(value, places) if value is not None else "-"


def _p(hasil) -> str:
    return f"{format_angka(hasil.nilai, 2)}%" if hasil is not None and hasil.ada else "-"


def _n(count: int) -> str:
    return f"{count} ({ANGKA_HURUF[count]})" if count in ANGKA_HURUF else str(count)


@functools.lru_cache(maxsize=16)
def _png(gambar: Callable[..., bytes], *args: Hashable) -> bytes:
    """A chart drawn by ``gambar`` (a pure function of its arguments), remembered in this process by those
    arguments: matplotlib takes 0,1–0,3 s a chart and the LKjIP draws four, the same ones for its Word file, its
    PDF and the next download of an unchanged report. At most 16 are kept (the LKjIP's are 35–60 KB)."""
    return gambar(*args)


def judul(dok: Lkjip) -> tuple[str, ...]:
    return ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", dok.unit_nama.upper(), f"TAHUN {dok.tahun}")


def sampul(dok: Lkjip) -> tuple[str, ...]:
    return tuple(x for x in (dok.unit_nama.upper(), dok.pemda_nama.upper(), dok.alamat, dok.kontak) if x)


def tanda_tangan(dok: Lkjip) -> TandaTangan | None:
    p = dok.penandatangan
    if p is None:
        return None
    return TandaTangan(f"{dok.tempat}, {tanggal_teks(dok.tanggal)}", p.jabatan, p.nama, p.nip, p.pangkat)


def pembuka(dok: Lkjip) -> list[Bagian]:
    """Kata Pengantar: the text staff wrote, else the standard text; signed by the head of the PD."""
    nama = f"{dok.unit_nama} {dok.pemda_nama}".strip()
    text = list(dok.profil.kata_pengantar) if dok.profil and dok.profil.kata_pengantar else [
        f"Puji syukur kami panjatkan kehadirat Tuhan Yang Maha Esa, karena hanya dengan perkenan-Nya kami dapat "
        f"menyelesaikan Laporan Kinerja Instansi Pemerintah (LKjIP) {nama} Tahun {dok.tahun}. Penyusunan LKjIP "
        f"dimaksudkan sebagai bentuk tertulis pertanggungjawaban {nama} atas pelaksanaan program dan kegiatan selama "
        f"Tahun {dok.tahun}.",
        f"LKjIP berisi paparan pencapaian kinerja {nama} Tahun {dok.tahun} termasuk gambaran mengenai tingkat "
        "pencapaian pelaksanaan program dan kegiatan dalam mewujudkan tujuan dan sasaran yang telah ditetapkan.",
        "LKjIP ini disusun berdasarkan obyektivitas dan validitas data, sehingga diharapkan memenuhi prinsip-prinsip "
        "akuntabilitas dan mendorong terwujudnya pemerintahan yang baik dan bersih.",
        "Akhirnya kami mengucapkan terima kasih dan penghargaan kepada semua pihak yang telah memberikan kontribusi "
        "sehingga LKjIP ini dapat diselesaikan.",
    ]
    signature = tanda_tangan(dok)
    return [Bagian("KATA PENGANTAR", [*text, *([signature] if signature else [])])]


def bab(dok: Lkjip) -> list[Bagian]:
    """The document's sections, tables and pictures numbered (charts are drawn when first rendered)."""
    sections = [*_bab1(dok), *_bab2(dok), *_bab3(dok), *_bab4(dok), *_lampiran(dok)]
    nomori(sections)
    return sections


def opsi(dok: Lkjip) -> dict:
    """What the Word and PDF renderers put around the sections: cover, Kata Pengantar, contents, list of tables,
    and the Ikhtisar Eksekutif, still in the front matter (seed 002: Ikhtisar on page v, Bab I on page 1)."""
    return {"daftar_isi": True, "daftar_tabel": True, "sampul": sampul(dok), "pembuka": pembuka(dok),
            "ringkasan": [_ikhtisar(dok)]}


# --- Ikhtisar and Bab I ----------------------------------------------------------------------------

def jumlah_baris(dok: Lkjip) -> tuple[int, int, int, int]:
    """What Tabel 2.1 and Tabel 3.26 list: programs, kegiatan, sub kegiatan, and sub kegiatan lines (a sub
    kegiatan split by lokasi counts once per lokasi)."""
    kegiatan = [k for p in dok.program for k in p["kegiatan"]]
    sub = [s for k in kegiatan for s in k["sub_kegiatan"]]
    return len(dok.program), len(kegiatan), len(sub), sum(len(s["lokasi_rincian"]) or 1 for s in sub)


def _ikhtisar(dok: Lkjip) -> Bagian:
    program, kegiatan, sub, rincian = jumlah_baris(dok)
    a = dok.anggaran
    r = dok.renstra
    periode = f"Tahun {r.tahun_mulai}-{r.tahun_selesai}" if r else ""
    indikator = sum(len(s.indikator) for s in dok.sasaran)
    per_lokasi = f" ({rincian} rincian sub kegiatan per lokasi)" if rincian != sub else ""
    return Bagian("IKHTISAR EKSEKUTIF", [
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) {dok.unit_nama} Tahun {dok.tahun} merupakan wujud "
        f"pertanggungjawaban pencapaian kinerja dari pelaksanaan Rencana Strategis {dok.unit_nama} {periode} dan "
        f"Perjanjian Kinerja Tahun {dok.tahun}.",
        f"Sesuai Rencana Kerja Tahun {dok.tahun}, {dok.unit_nama} memiliki {len(dok.sasaran)} sasaran dengan "
        f"{indikator} indikator kinerja, {program} Program, {kegiatan} Kegiatan dan {sub} Sub Kegiatan{per_lokasi}, "
        f"dengan dukungan anggaran sebesar {format_rupiah(a.pagu, 'Rp. ')}.",
        f"Realisasi anggaran {dok.unit_nama} pada tahun {dok.tahun} adalah sebesar {format_rupiah(a.realisasi, 'Rp. ')} "
        f"atau {_p(a.serapan)} dari total pagu anggaran sebesar {format_rupiah(a.pagu, 'Rp. ')}.",
        *[f"Sasaran {n} ({s.nama}): " + "; ".join(
            f"{i.nama} capaian {_p(i.capaian)} ({i.kategori.nama.lower() if i.kategori else '-'})" for i in s.indikator)
          + "." for n, s in enumerate(dok.sasaran, start=1)],
    ])


def _lebar(kepala, rows) -> bool:
    """A landscape page only for a table too wide for a portrait one at the Word file's 11 pt (the larger of
    the two renderers' sizes): one whose unbreakable pieces leave no room for the text that wraps."""
    return not lebar.muat(kepala, rows, lebar.POTRET_MM * lebar.MM, pt=lebar.WORD_PT, tepi=lebar.WORD_TEPI)


def _tabel_profil(t) -> Tabel:
    rows = [*t.tabel.baris, *([t.tabel.jumlah] if t.tabel.jumlah else [])]
    return Tabel(t.judul, t.tabel.kepala, rows, lebar=_lebar(t.tabel.kepala, rows),
                 catatan=f"Sumber: {t.sumber}" if t.sumber else "")


TINGGI_MAKS = 1.3  # a picture printed 150 mm wide stays within ~195 mm of height (an A4 page less margins)


def gambar_halaman(png: bytes) -> bytes:
    """An uploaded picture (map, organisation chart) as a PNG that fits the page: any format Pillow reads,
    at most 2.000 px wide, and padded with white at the sides when taller than 1,3 × its width, since Word
    and the PDF print every picture 150 mm wide."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        img.load()
        picture = img.convert("RGBA") if img.mode in ("P", "LA", "RGBA") else img.convert("RGB")
    if picture.width > 2000:
        picture = picture.resize((2000, round(picture.height * 2000 / picture.width)))
    if picture.height > TINGGI_MAKS * picture.width:
        width = round(picture.height / TINGGI_MAKS)
        canvas = Image.new(picture.mode, (width, picture.height), (255, 255, 255, 255)[:len(picture.mode)])
        canvas.paste(picture, ((width - picture.width) // 2, 0))
        picture = canvas
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def _bab1(dok: Lkjip) -> list[Bagian]:
    p = dok.profil
    peta = [Gambar(f"Peta {dok.unit_nama}", partial(gambar_halaman, p.peta_png))] if p.peta_png else []
    out = [Bagian("BAB I PENDAHULUAN", list(p.pendahuluan) or [
        f"Profil {dok.unit_nama} tahun {dok.tahun} belum diisi."], halaman_baru=True),
        Bagian("1.1 Gambaran Umum Organisasi", [], tingkat=2)]
    for u in (u for u in p.uraian if u.bagian == "gambaran"):
        # The map follows the first part's text (the seed's "Kondisi dan Potensi Geografis"), before its tables.
        out.append(Bagian(u.judul, [*u.paragraf, *peta, *[_tabel_profil(t) for t in u.tabel]], tingkat=3))
        peta = []
    out[1].isi.extend(peta)  # no part to follow: under 1.1 itself
    chart = Gambar(f"Bagan Struktur Organisasi {dok.unit_nama}", partial(gambar_halaman, p.bagan_png)
                   if p.bagan_png else partial(_png, bagan,
        f"{'CAMAT' if dok.unit_nama.startswith('Kecamatan') else 'KEPALA'}",
        tuple((nama, tuple(subs)) for jenis, nama, subs in p.unit if jenis in ("sekretariat", "fungsional")),
        tuple((nama, tuple(subs)) for jenis, nama, subs in p.unit
              if jenis not in ("sekretariat", "fungsional", "pimpinan")),
        tuple(p.kelurahan)))
    out.append(Bagian(f"Tugas, Fungsi dan Struktur Organisasi {dok.unit_nama}", [*p.tugas_fungsi, chart], tingkat=3))
    if p.kewenangan:
        rows, last = [], ("", "")
        for n, k in enumerate(p.kewenangan, start=1):
            bidang = k.bidang if k.bidang != last[0] else ""
            sub = k.subbidang if (k.bidang, k.subbidang) != last else ""
            rows.append((f"{n}.", bidang, sub, k.rincian, k.tahun_lalu, k.tahun_ini))
            last = (k.bidang, k.subbidang)
        out.append(Bagian("Kewenangan yang Dilimpahkan", [*p.kewenangan_pengantar, Tabel(
            f"Pelaksanaan Kewenangan yang Dilimpahkan Tahun {dok.tahun - 1} dan {dok.tahun}",
            ("No", "Bidang Kewenangan", "Subbidang Kewenangan", "Rincian Kewenangan yang Dilimpahkan",
             f"Pelaksanaan Tahun {dok.tahun - 1}", f"Pelaksanaan Tahun {dok.tahun}"), rows, lebar=True)], tingkat=3))
    out.append(Bagian("1.2 Permasalahan Utama yang Dihadapi oleh Instansi", list(p.permasalahan) or ["-"], tingkat=2))
    strategis: list[str | Tabel] = [*p.aspek_strategis]
    if p.isu_strategis:
        strategis.append(Tabel("Isu Strategis", ("No.", "Urusan", "Permasalahan", "Isu Strategis"), [
            (f"{n}.", urusan, masalah, isu) for n, (urusan, masalah, isu) in enumerate(p.isu_strategis, start=1)]))
    out.append(Bagian("1.3 Aspek Strategis", strategis or ["-"], tingkat=2))
    for u in (u for u in p.uraian if u.bagian == "strategis"):
        out.append(Bagian(u.judul, [*u.paragraf, *[_tabel_profil(t) for t in u.tabel]], tingkat=3))
    return out


# --- Bab II ---------------------------------------------------------------------------------------

def _bab2(dok: Lkjip) -> list[Bagian]:
    r = dok.renstra
    renstra: list = []
    if r:
        renstra.append(f"Rencana Strategis {dok.unit_nama} {r.tahun_mulai}-{r.tahun_selesai} menjabarkan tujuan, "
                       "sasaran, indikator kinerja dan target yang menjadi acuan perencanaan kinerja tahunan, "
                       "sebagaimana tabel berikut.")
        rows = []
        for t in r.tujuan:
            for s in t.sasaran:
                for i in s.indikator:
                    rows.append((t.nama, s.nama, i.nama, i.kondisi_awal, i.target[-1][1] if i.target else "-"))
        renstra.append(Tabel(f"Tujuan, Sasaran dan Indikator Renstra {r.tahun_mulai}-{r.tahun_selesai}",
                             ("Tujuan", "Sasaran", "Indikator", f"Kondisi awal {r.tahun_kondisi_awal or r.tahun_mulai}",
                              f"Target {r.tahun_selesai}"), rows))
    else:
        renstra.append("Rencana Strategis yang berlaku pada tahun ini belum tercatat.")
    program_rows = []
    for n, p in enumerate(dok.program, start=1):
        first_p = True
        for k in p["kegiatan"]:
            first_k = True
            for s in k["sub_kegiatan"]:
                names = ([f"{s['nama']} ({lok['lokasi']})" for lok in s["lokasi_rincian"]] or [s["nama"]])
                for name in names:
                    program_rows.append((str(n) if first_p else "", p["nama"] if first_p else "",
                                         k["nama"] if first_k else "", name))
                    first_p = first_k = False
    out = [Bagian("BAB II PERENCANAAN KINERJA", [
        f"Penyusunan Laporan Kinerja Tahun {dok.tahun} mengacu pada Peraturan Menteri Pendayagunaan Aparatur Negara "
        "dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja "
        "dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah."], halaman_baru=True),
        Bagian("2.1 Rencana Strategis", renstra, tingkat=2),
        Bagian("2.2 Program dan Kegiatan", [
            f"Program dan kegiatan {dok.unit_nama} tahun {dok.tahun} untuk mencapai sasaran yang telah ditetapkan:",
            Tabel(f"Program dan Kegiatan {dok.unit_nama} {dok.pemda_nama}".strip(),
                  ("NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN"), program_rows)], tingkat=2),
        Bagian("2.3 Perjanjian Kinerja", _pk_bab2(dok), tingkat=2)]
    if dok.pohon is not None:
        out.append(Bagian("2.4 Pohon Kinerja", _pohon_bab2(dok), tingkat=2))
    return out


def _pohon_bab2(dok: Lkjip) -> list:
    """The cascade of the year: a paragraph pointing at the pohon kinerja document and its summary per sasaran."""
    p = dok.pohon
    assert p is not None
    mulai, _, selesai = p.periode.partition("-")
    parts: list[str | Tabel] = [
        f"Sasaran dan indikator di atas dijabarkan secara berjenjang (cascading) dalam Pohon Kinerja {dok.unit_nama} "
        f"periode {mulai}–{selesai}: dari sasaran RPJMD melalui tujuan dan sasaran perangkat daerah hingga program, "
        f"kegiatan dan sub kegiatan tahun {p.tahun}, masing-masing dengan indikator, target dan pemiliknya. Pohon "
        f"selengkapnya (diagram dan tabel berjenjang) tersaji dalam dokumen “{p.berkas}”. Ringkasannya per sasaran:"]
    rows: list[tuple[str, ...]] = [
        (f"{n}", s.nama, str(s.program), str(s.kegiatan), str(s.sub_kegiatan), str(s.antara),
         ", ".join(s.pemilik) or "-") for n, s in enumerate(p.sasaran, start=1)]
    jumlah = [sum(getattr(s, f) for s in p.sasaran) for f in ("program", "kegiatan", "sub_kegiatan", "antara")]
    rows.append(("", "JUMLAH", *(str(x) for x in jumlah), ""))
    parts.append(Tabel(f"Pohon Kinerja {dok.unit_nama} Tahun {p.tahun}",
                       ("NO", "SASARAN", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "SIMPUL ANTARA", "PEMILIK"), rows))
    if p.jenjang:
        parts.append(f"Dari pohon kinerja tersebut telah disusun Perjanjian Kinerja berjenjang tahun {p.tahun} bagi "
                     f"{_n(len(p.jenjang))} jabatan di bawah pimpinan perangkat daerah: {', '.join(p.jenjang)}.")
    else:
        parts.append(f"Perjanjian Kinerja berjenjang tahun {p.tahun} bagi jabatan di bawah pimpinan perangkat daerah "
                     "belum disusun dari pohon kinerja.")
    return parts


def _pk_bab2(dok: Lkjip) -> list:
    if not dok.pk:
        return [f"Perjanjian Kinerja tahun {dok.tahun} belum tercatat."]
    versi = dok.pk.versi
    v = versi[-1]
    parts: list[str | Tabel] = [f"{dok.unit_nama} telah menetapkan Perjanjian Kinerja Tahun {dok.tahun}"
             + (f" sebanyak {_n(len(versi))} kali: " + "; ".join(
                 f"versi {x.nomor} tanggal {x.tanggal_teks} ({x.alasan_label.lower()}, {x.pihak_pertama.nama} dan "
                 f"{x.pihak_kedua.nama})" for x in versi) if len(versi) > 1 else "")
             + f". Perjanjian yang berlaku pada akhir tahun (versi {v.nomor}) adalah sebagai berikut:"]
    rows, n = [], 0
    for s in v.sasaran:
        for k, i in enumerate(s.indikator):
            n += 1
            rows.append((f"{n}", s.nama if k == 0 else "", i.nama, i.target_renstra_teks, i.target_teks))
    parts.append(Tabel(f"Perjanjian Kinerja Tahun {dok.tahun}",
                       ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET RENSTRA", "TARGET"), rows))
    parts.append(Tabel(f"Anggaran Program Perjanjian Kinerja Tahun {dok.tahun}", ("NO", "PROGRAM", "ANGGARAN (Rp)"), [
        *[(f"{n}", p.nama, format_angka(p.anggaran, 2)) for n, p in enumerate(v.program, start=1)],
        ("", "JUMLAH", format_angka(v.total_anggaran, 2))]))
    return parts


# --- Bab III --------------------------------------------------------------------------------------

def _skala(dok: Lkjip) -> Tabel | None:
    if dok.skala is None:
        return None
    rows, upper = [], None
    for band in dok.skala.pita:
        sign = "≥" if band.inklusif else ">"
        rng = f"{sign} {format_angka(band.batas)}%" if upper is None else \
            f"{sign} {format_angka(band.batas)}% s.d. {format_angka(upper)}%"
        rows.append((rng, band.kategori.nama))
        upper = band.batas
    rows.append((f"< {format_angka(upper)}%" if upper is not None else "-", dok.skala.terendah.nama))
    return Tabel("Skala Pengukuran Kategori", ("Capaian", "Kategori"), rows)


def _bab3(dok: Lkjip) -> list[Bagian]:
    scale = _skala(dok)
    out = [Bagian("BAB III AKUNTABILITAS KINERJA", [
        "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja "
        "sasaran. Capaian kinerja dikategorikan menurut skala berikut."], halaman_baru=True),
        Bagian("3.1 Capaian Kinerja Organisasi", [*([scale] if scale else [])], tingkat=2)]
    y0, y1 = dok.tahun - 1, dok.tahun
    for n, s in enumerate(dok.sasaran, start=1):
        rows = s.indikator
        out.append(Bagian(f"Sasaran {n}: {s.nama}", [
            Tabel("Perbandingan Target dan Realisasi Kinerja",
                  ("Indikator kinerja utama", "Target Renstra", "Target penyesuaian (PK)", "Realisasi", "Capaian",
                   "Kategori"),
                  [(i.nama, i.target_renstra.teks, i.target.teks, i.realisasi.teks, _p(i.capaian),
                    i.kategori.nama if i.kategori else "-") for i in rows]),
            Tabel(f"Perbandingan Realisasi Kinerja Tahun {y0} dan {y1}",
                  ("Indikator kinerja utama", f"Realisasi {y0}", f"Realisasi {y1}"),
                  [(i.nama, i.realisasi_tahun_lalu.teks, i.realisasi.teks) for i in rows]),
            Tabel(f"Realisasi Kinerja Tahun {y1} sampai dengan Akhir Periode Renstra",
                  ("Indikator kinerja utama", "Target akhir Renstra", f"Realisasi {y1}", "Tingkat kemajuan"),
                  [(i.nama, i.target_akhir_renstra.teks, i.realisasi.teks, _p(i.kemajuan)) for i in rows]),
            Tabel("Alokasi Anggaran per Sasaran",
                  ("Indikator kinerja utama", "Pagu program pendukung (Rp)", "Porsi dari anggaran perangkat daerah"),
                  [(i.nama, format_rupiah(i.anggaran.pagu, ""), _p(i.anggaran.porsi)) for i in rows]),
            Tabel("Pencapaian Kinerja dan Anggaran",
                  ("Indikator kinerja utama", "Capaian kinerja", "Pagu (Rp)", "Realisasi anggaran (Rp)", "Serapan"),
                  [(i.nama, _p(i.capaian), format_rupiah(i.anggaran.pagu, ""), format_rupiah(i.anggaran.realisasi, ""),
                    _p(i.anggaran.serapan)) for i in rows]),
            Tabel("Efisiensi Penggunaan Sumber Daya",
                  ("Indikator kinerja utama", "Serapan anggaran", "Capaian kinerja", "Efisiensi"),
                  [(i.nama, _p(i.anggaran.serapan), _p(i.capaian), _p(i.efisiensi)) for i in rows]),
            _tabel_analisis(rows),
            _tabel_dukungan(s),
        ], tingkat=3))
    out.append(Bagian("Grafik Capaian", [
        Gambar("Capaian kinerja per indikator", partial(_png, batang,
            "Capaian kinerja per indikator (%)", tuple(i.nama for s in dok.sasaran for i in s.indikator),
            tuple(i.capaian.nilai or Decimal(0) for s in dok.sasaran for i in s.indikator))),
        *_jalur_triwulan(dok)], tingkat=3))
    out.append(Bagian("3.2 Realisasi Anggaran", [_tabel_anggaran(dok), Gambar(
        "Serapan anggaran per program", partial(_png, batang, "Serapan anggaran per program (%)",
                                                tuple(p["nama"] for p in dok.program),
                                                tuple(Decimal(str(p["serapan_persen"] or 0)) for p in dok.program)))],
        tingkat=2))
    return out


def _tabel_analisis(rows) -> Tabel:
    """Bab III (g), as seed 002's Tabel 3.8: the indicator, its targets and realisation, and the causes staff
    wrote; the solutions taken when any was written (the next steps go to Bab IV, Tabel 4.1)."""
    solusi = any(i.analisis[1].strip() for i in rows)
    return Tabel(
        "Analisis Penyebab Keberhasilan/Peningkatan dan Kegagalan/Penurunan Kinerja serta Solusi yang telah "
        "dilakukan",
        ("Indikator kinerja utama", "Target Renstra", "Target penyesuaian", "Realisasi", "Analisis penyebab",
         *(("Solusi yang telah dilakukan",) if solusi else ())),
        [(i.nama, i.target_renstra.teks, i.target.teks, i.realisasi.teks, i.analisis[0] or "-",
          *((i.analisis[1] or "-",) if solusi else ())) for i in rows])


def _tabel_dukungan(s) -> Tabel:
    """Bab III (h), as seed 002's Tabel 3.9: beside the indicators, the programs that supported the sasaran
    with their kegiatan and sub kegiatan, one per row."""
    indikator = [(i.nama, i.target_renstra.teks, i.target.teks, i.realisasi.teks) for i in s.indikator]
    lines = [nama for _, nama in s.dukungan] or ["-"]
    rows = [(*(indikator[k] if k < len(indikator) else ("", "", "", "")), lines[k] if k < len(lines) else "")
            for k in range(max(len(indikator), len(lines)))]
    return Tabel("Analisis Program/Kegiatan yang Menunjang Keberhasilan/Kegagalan Pencapaian Kinerja",
                 ("Indikator kinerja utama", "Target Renstra", "Target penyesuaian", "Realisasi",
                  "Program/kegiatan/sub kegiatan"), rows)


def _jalur_triwulan(dok: Lkjip) -> list[Gambar]:
    """The quarterly path: capaian of each sasaran indicator and budget absorption, TW I–IV."""
    if not dok.triwulan:
        return []
    label = [f"TW {ROMAWI[p.triwulan]}" for p in dok.triwulan]
    series = {}
    for b in dok.triwulan[-1].iku:
        series[b.nama] = [next((x.capaian.nilai for x in p.iku if x.indikator_id == b.indikator_id and x.capaian.ada),
                               None) for p in dok.triwulan]
    series["Serapan anggaran"] = [p.serapan.nilai if p.serapan.ada else None for p in dok.triwulan]
    return [Gambar("Capaian kinerja dan serapan anggaran per triwulan (kumulatif)",
                   partial(_png, _garis_banyak, "Capaian kinerja dan serapan anggaran s.d. triwulan (%)", tuple(label),
                           tuple((nama, tuple(nilai)) for nama, nilai in series.items())))]


def _garis_banyak(judul: str, label: tuple[str, ...], series: tuple[tuple[str, tuple], ...]) -> bytes:
    return garis_banyak(judul, label, dict(series))


def _tabel_anggaran(dok: Lkjip) -> Tabel:
    rows = []
    for p in dok.program:
        rows.append((p["kode"], p["nama"], "", "", _a(p["pagu"]), _a(p["realisasi"]), _a(p["serapan_persen"], 2)))
        for k in p["kegiatan"]:
            rows.append((k["kode"], "", k["nama"], "", _a(k["pagu"]), _a(k["realisasi"]), _a(k["serapan_persen"], 2)))
            for sub in k["sub_kegiatan"]:
                if sub["lokasi_rincian"]:
                    for lok in sub["lokasi_rincian"]:
                        rows.append((sub["kode"], "", "", f"{sub['nama']} ({lok['lokasi']})", _a(lok["pagu"]),
                                     _a(lok["realisasi"]), _a(lok["serapan_persen"], 2)))
                else:
                    rows.append((sub["kode"], "", "", sub["nama"], _a(sub["pagu"]), _a(sub["realisasi"]),
                                 _a(sub["serapan_persen"], 2)))
    a = dok.anggaran
    rows.append(("", "JUMLAH", "", "", _a(a.pagu), _a(a.realisasi), _a(a.serapan.nilai, 2)))
    return Tabel(f"Realisasi Anggaran {dok.unit_nama} Tahun {dok.tahun}",
                 ("Kode", "Program", "Kegiatan", "Sub kegiatan", "Pagu anggaran (Rp)", "Realisasi (Rp)", "%"), rows,
                 lebar=True)


# --- Bab IV ---------------------------------------------------------------------------------------

def _bab4(dok: Lkjip) -> list[Bagian]:
    indikator = sum(len(s.indikator) for s in dok.sasaran)
    parts = [f"Dalam tahun {dok.tahun} {dok.unit_nama} menetapkan sebanyak {_n(len(dok.sasaran))} sasaran dengan "
             f"{_n(indikator)} indikator kinerja sesuai dengan Perjanjian Kinerja Tahun {dok.tahun}. Secara rinci "
             "pencapaian sasaran dapat dijelaskan sebagai berikut:"]
    for n, s in enumerate(dok.sasaran, start=1):
        count = len(s.indikator)
        details = ", ".join(f"{i.nama} dengan capaian {_p(i.capaian)} atau interpretasi "
                            f"{i.kategori.nama.lower() if i.kategori else '-'}" for i in s.indikator)
        parts.append(f"Sasaran {n} ({s.nama}) terdiri dari {_n(count)} indikator: {details}.")
    a = dok.anggaran
    parts.append(f"Anggaran {dok.unit_nama} tahun {dok.tahun} sebesar {format_rupiah(a.pagu, 'Rp. ')} terealisasi "
                 f"{format_rupiah(a.realisasi, 'Rp. ')} atau {_p(a.serapan)}, dengan sisa anggaran "
                 f"{format_rupiah(a.sisa, 'Rp. ')}.")
    parts += dok.profil.kesimpulan  # what staff explain after the figures (why budget was left, ...)
    y0, y1 = dok.tahun - 1, dok.tahun
    kepala = ("NO", "IKU PD", f"Target {y0}", f"Target {y1}", f"Realisasi {y0}", f"Realisasi {y1}",
              "Catatan analisis")
    rows = [(f"{n}", i.nama, i.target_tahun_lalu.teks, i.target.teks, i.realisasi_tahun_lalu.teks, i.realisasi.teks,
             i.analisis[2] or i.analisis[0])
            for n, i in enumerate((i for s in dok.sasaran for i in s.indikator), start=1)]
    langkah = Tabel(f"Pencapaian Kinerja Pelayanan {dok.unit_nama}", kepala, rows, lebar=_lebar(kepala, rows))
    pengantar = list(dok.profil.langkah_peningkatan) or [
        "Untuk meningkatkan capaian kinerja ke depan diperlukan langkah-langkah sebagaimana catatan analisis "
        "setiap indikator berikut."]
    return [Bagian("BAB IV PENUTUP", [], halaman_baru=True), Bagian("4.1 Kesimpulan", parts, tingkat=2),
            Bagian("4.2 Langkah-langkah untuk Meningkatkan Kinerja", [*pengantar, langkah], tingkat=2)]


# --- Lampiran -------------------------------------------------------------------------------------

def _lampiran(dok: Lkjip) -> list[Bagian]:
    rekap = Tabel(f"Rekap Capaian Kinerja Perangkat Daerah Tahun {dok.tahun}",
                  ("NO", "INDIKATOR KINERJA UTAMA (IKU)", "REALISASI", "CAPAIAN", "SUMBER DATA"),
                  [(f"{n}.", i.nama, i.realisasi.teks, _p(i.capaian), i.sumber_data or "-")
                   for n, i in enumerate((i for s in dok.sasaran for i in s.indikator), start=1)])
    out = [Bagian("LAMPIRAN", [rekap], halaman_baru=True)]
    if dok.renstra:
        out.append(Bagian(f"Matrik Rencana Strategis {dok.unit_nama} Tahun {dok.renstra.tahun_mulai}-"
                          f"{dok.renstra.tahun_selesai}", _matrik_renstra(dok.renstra), tingkat=2))
    for p in dok.triwulan:
        # One title, as the seed prints it: the heading; the table under it needs no caption of its own.
        out.append(Bagian(p.judul_kalimat, [_tabel_triwulan(p)], tingkat=2, halaman_baru=True))
    if dok.pk:
        for v in dok.pk.versi:
            out.append(Bagian(f"Perjanjian Kinerja Tahun {dok.tahun}", _pk_lampiran(dok, v), tingkat=2,
                              halaman_baru=True))
    return out


def _matrik_renstra(r) -> list[Tabel]:
    """The Renstra matrix as two tables, as the seed splits it per part: the indicators with their start and
    yearly targets (every target column as wide as its figure), then each sasaran's strategy, policy and
    programs, which would leave the targets no room in one table."""
    years = [y for y, _ in next((i.target for t in r.tujuan for s in t.sasaran for i in s.indikator), ())]
    rows, cara = [], []
    for t in r.tujuan:
        for s in t.sasaran:
            for i in s.indikator:
                rows.append((t.nama, s.nama, i.nama, i.rumus or "-", i.kondisi_awal, *[teks for _, teks in i.target]))
            cara.append((s.nama, s.strategi or "-", s.kebijakan or "-", "\n".join(s.program) or "-"))
    kepala = ("Tujuan", "Sasaran", "Indikator", "Rumus", f"Kondisi awal {r.tahun_kondisi_awal or r.tahun_mulai}",
              *[str(y) for y in years])
    kepala_cara = ("Sasaran", "Strategi", "Kebijakan", "Program")
    return [Tabel("Matrik Rencana Strategis: Indikator dan Target", kepala, rows, lebar=_lebar(kepala, rows)),
            Tabel("Matrik Rencana Strategis: Strategi, Kebijakan dan Program", kepala_cara, cara,
                  lebar=_lebar(kepala_cara, cara))]


def _tabel_triwulan(p) -> Tabel:
    rows = [(b.sasaran, b.nama, b.satuan, b.target.teks, b.realisasi.teks, _p(b.capaian), "", "", "")
            for b in p.iku]
    for b in p.baris:
        nama = f"{b.nama} ({b.lokasi})" if b.lokasi else b.nama
        rows.append(("", f"{b.kode} {nama}".strip() + (f" — {b.indikator}" if b.indikator else ""), b.satuan,
                     b.target.teks, b.realisasi.teks, _p(b.capaian), _a(b.pagu), _a(b.realisasi_anggaran),
                     _p(b.serapan)))
    rows.append(("", "JUMLAH", "", "", "", "", _a(p.pagu), _a(p.realisasi_anggaran), _p(p.serapan)))
    return Tabel("",
                 ("Sasaran", "Indikator / program / kegiatan / sub kegiatan", "Satuan", "Target",
                  f"Realisasi s.d. TW {ROMAWI[p.triwulan]}", "Capaian", "Pagu (Rp)",
                  f"Realisasi anggaran s.d. TW {ROMAWI[p.triwulan]} (Rp)", "Serapan"), rows, lebar=True)


def versi_pk(v) -> str:
    """The line under an annexed PK's heading that tells its versions apart (the seed heads all three
    "PERJANJIAN KINERJA TAHUN 2024" and dates them by month only)."""
    jenis = "Penetapan awal" if v.nomor == 1 else f"Perubahan ke-{v.nomor - 1} ({v.alasan_label.lower()})"
    return f"{jenis}, ditandatangani di {v.tempat} pada {v.tanggal_teks}"


def _pk_lampiran(dok: Lkjip, v) -> list:
    first, second = v.pihak_pertama, v.pihak_kedua
    rows, n = [], 0
    for s in v.sasaran:
        for k, i in enumerate(s.indikator):
            n += 1
            rows.append((f"{n}.", s.nama if k == 0 else "", i.nama, i.target_teks))
    return [
        versi_pk(v),
        *[line for line in v.pernyataan.splitlines() if line.strip()],
        f"Nama: {first.nama}; Jabatan: {first.jabatan}; selanjutnya disebut pihak pertama.",
        f"Nama: {second.nama}; Jabatan: {second.jabatan}; selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
        *JANJI_BAKU,
        TandaTanganDua(f"{v.tempat}, {v.tanggal_teks}", ("Pihak Kedua,", second.nama, second.pangkat, second.nip),
                       ("Pihak Pertama,", first.nama, first.pangkat, first.nip)),
        HALAMAN_BARU,
        Tabel(f"Lampiran Perjanjian Kinerja Tahun {dok.tahun} {dok.unit_nama}",
              ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"), rows),
        Tabel("Program dan anggaran", ("NO", "PROGRAM", "ANGGARAN (Rp)", "KETERANGAN"), [
            *[(f"{n}.", p.nama, format_angka(p.anggaran, 2), p.sumber) for n, p in enumerate(v.program, start=1)],
            ("", "JUMLAH", format_angka(v.total_anggaran, 2), "")]),
    ]
