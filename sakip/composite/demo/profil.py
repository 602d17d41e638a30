"""Load a PD's profile for the LKjIP (Bab I) from a data spec such as ``data/profil_wonoasih_2024.py``."""

from __future__ import annotations

import datetime

from sakip.composite.demo.simpan import simpan
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.profil.models import IsuStrategis, Kewenangan, PelaksanaanKewenangan, ProfilPd, TabelProfil, UraianProfil

TEKS = ("pendahuluan", "tugas_fungsi", "kewenangan_pengantar", "permasalahan", "aspek_strategis", "kesimpulan",
        "langkah_peningkatan")


def load(spec: dict) -> ProfilPd:
    pd = PerangkatDaerah.objects.get(slug=spec["pd"])
    tahun = spec["tahun"]
    profil = ProfilPd(pd=pd, tahun=tahun, tanggal=datetime.date.fromisoformat(spec["tanggal"]), tempat=spec["tempat"],
                      **{name: spec.get(name, "") for name in TEKS})
    simpan(profil)
    for n, u in enumerate(spec["uraian"], start=1):
        uraian = simpan(UraianProfil(profil=profil, urutan=n, judul=u["judul"], teks=u["teks"],
                                    bagian=u.get("bagian", UraianProfil.Bagian.GAMBARAN)))
        for m, t in enumerate(u["tabel"], start=1):
            simpan(TabelProfil(uraian=uraian, urutan=m, judul=t["judul"], kolom=t["kolom"], baris=t["baris"],
                              dijumlah=t["dijumlah"], jumlah_kanan=t.get("jumlah_kanan", ""),
                              jumlah_bawah=t.get("jumlah_bawah", True), bernomor=t.get("bernomor", True),
                              sumber=t.get("sumber", "")))
    for n, (urusan, masalah, isu) in enumerate(spec["isu_strategis"], start=1):
        simpan(IsuStrategis(profil=profil, urutan=n, urusan=urusan, permasalahan=masalah, isu=isu))
    for n, (bidang, sub, rincian, lalu, kini) in enumerate(spec["kewenangan"], start=1):
        kewenangan = simpan(Kewenangan(pd=pd, urutan=n, bidang=bidang, subbidang=sub, rincian=rincian))
        simpan(PelaksanaanKewenangan(kewenangan=kewenangan, tahun=tahun - 1, uraian=lalu))
        simpan(PelaksanaanKewenangan(kewenangan=kewenangan, tahun=tahun, uraian=kini))
    return profil
