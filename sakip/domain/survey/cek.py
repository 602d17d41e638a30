"""The checks of an SKM report before it is signed, shown on the results screen and never printed: the
three weakest unsur each need a follow-up action (RTL), an action for another unsur is named, the dates
must follow one another, and the IKM reported as the IKU realisation is compared with the computed one.

Pure: a function of the computed :class:`~sakip.domain.survey.dokumen.HasilSkm`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sakip.domain.survey.dokumen import HasilSkm
from sakip.rumus.angka import format_angka


@dataclass(frozen=True)
class Cek:
    kode: str
    pesan: str
    berat: bool = True  # False: worth a look, not a fault


def _a(value) -> str:
    return format_angka(value, 2) if value is not None else "-"


def periksa(h: HasilSkm) -> list[Cek]:
    out: list[Cek] = []
    if h.total.responden and h.kurang_sampel:
        out.append(Cek("sampel", f"Jumlah responden {h.total.responden} kurang dari sampel minimum "
                                 f"{h.sampel_minimum} (Krejcie–Morgan, populasi {format_angka(h.populasi)})."))
    ditangani = {r.unsur for r in h.rtl}
    terlemah = {u.kode for u in h.terlemah}
    for lemah in h.terlemah:
        if lemah.kode not in ditangani:
            out.append(Cek("rtl-kurang", f"Unsur {lemah.kode} {lemah.nama} (NRR {_a(lemah.nrr)}) termasuk tiga unsur "
                                         "terendah, tetapi belum ada rencana tindak lanjutnya."))
    for u in h.total.unsur:
        if u.kode in ditangani - terlemah:
            out.append(Cek("rtl-lain", f"Rencana tindak lanjut menyasar unsur {u.kode} {u.nama} (NRR {_a(u.nrr)}), "
                                       "yang tidak termasuk tiga unsur terendah; pastikan prioritasnya disengaja.",
                           berat=False))
    if h.ikm_dilaporkan is not None and h.selisih_dilaporkan:
        out.append(Cek("ikm-iku", f"IKM yang dilaporkan sebagai realisasi IKU ({h.ikm_dilaporkan_sumber}) adalah "
                                  f"{_a(h.ikm_dilaporkan)}, berbeda {_a(h.selisih_dilaporkan)} poin dari IKM "
                                  f"{_a(h.total.ikm)} yang dihitung dari jawaban survei ini.", berat=False))
    if h.fkp is None:
        out.append(Cek("fkp", "Berita acara Forum Konsultasi Publik belum diisi."))
    elif h.fkp.tanggal and h.pengumpulan and h.fkp.tanggal < h.pengumpulan[1]:
        out.append(Cek("fkp-tanggal", f"Forum Konsultasi Publik ({h.fkp.tanggal_teks}) diadakan sebelum pengumpulan "
                                      f"data selesai ({h.selesai_teks})."))
    if not h.tanggal_laporan_teks:
        out.append(Cek("tanggal", "Tanggal laporan belum diisi; laporan dicetak tanpa tanggal."))
    elif h.fkp and h.fkp.tanggal and h.tanggal_laporan and h.tanggal_laporan < h.fkp.tanggal:
        out.append(Cek("tanggal-fkp", f"Tanggal laporan ({h.tanggal_laporan_teks}) sebelum Forum Konsultasi Publik "
                                      f"({h.fkp.tanggal_teks}) yang hasilnya dilaporkan."))
    if h.penanda_tangan is None:
        out.append(Cek("penanda-tangan", "Tidak ada pimpinan perangkat daerah yang menjabat pada tanggal laporan."))
    return out
