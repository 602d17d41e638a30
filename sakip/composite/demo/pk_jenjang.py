"""Wonoasih's PK berjenjang 2024: the PK of the Sekretaris and of each Kasi with the Camat, drafted from the
demo's pohon kinerja (:mod:`sakip.composite.demo.pohon` sets the owners) by the screen's drafting selector
(``agreement.selectors.draf_pk_jenjang``: only the indicators of the nodes each post owns), written in two bulk
inserts after each row's ``full_clean`` like the rest of the demo (so no history rows).

The seeds hold no PK below the Camat. What is INVENTED here, because the seeds are silent:

- the officials of the Sekretaris, the Kasi Pemerintahan, the Kasi Ketentraman dan Ketertiban and the Kasi
  Pemberdayaan Masyarakat (the seed names only the Camat, the Kasi Pelayanan and the kelurahan Kasi): their tenures
  say so in ``keterangan``;
- the PK themselves: each promises, for every indicator of the nodes its post owns, the target of 2024 that
  planning holds for it (the tree's target; the seed's program/kegiatan/sub kegiatan targets), signed on the day
  of the Camat's first PK 2024 (2 January 2024). Indicators without a 2024 target are left out.

They are approved with the Camat's PK 2024 (the workflow item of the PD's PK of the year, walked by ``alur``).
"""

from __future__ import annotations

import datetime

from sakip.composite.demo.simpan import simpan, simpan_banyak
from sakip.core.scoping import Scope
from sakip.domain.agreement.models import PerjanjianKinerja, TargetPk
from sakip.domain.agreement.selectors import draf_pk_jenjang, jenjang_pk
from sakip.domain.organisation.models import Jabatan, MasaJabatan, Pejabat, PerangkatDaerah
from sakip.domain.planning.models import Indikator

TAHUN = 2024
TANGGAL = datetime.date(2024, 1, 2)
REKAAN = "Rekaan demo: pejabat ini tidak tercantum dalam dokumen Kecamatan Wonoasih."
# post → an invented official (the seed names none)
PEJABAT_REKAAN = {
    "Sekretaris": ("HENDRA WIJAYA, S.STP., M.Si.", "Pembina", "IV/a"),
    "Kepala Seksi Pemerintahan": ("SRI WAHYUNINGSIH, S.Sos.", "Penata Tk. I", "III/d"),
    "Kepala Seksi Ketentraman dan Ketertiban": ("AGUS SETIAWAN, S.H.", "Penata Tk. I", "III/d"),
    "Kepala Seksi Pemberdayaan Masyarakat": ("NUR HIDAYATI, S.E.", "Penata", "III/c"),
}


def load(pd: PerangkatDaerah) -> None:
    jabatan = {j.nama: j for j in Jabatan.objects.filter(pd=pd, nama__in=PEJABAT_REKAAN)}
    for nama, (orang, pangkat, golongan) in PEJABAT_REKAAN.items():
        if not MasaJabatan.objects.filter(jabatan=jabatan[nama]).exists():
            pejabat = simpan(Pejabat(pemda_id=pd.pemda_id, nama=orang, pangkat=pangkat, golongan=golongan))
            simpan(MasaJabatan(jabatan=jabatan[nama], pejabat=pejabat, keterangan=REKAAN))
    scope = Scope.system()
    camat = Jabatan.objects.get(pd=pd, jenis=Jabatan.Jenis.PIMPINAN_PD)
    versi, target = [], []
    for jenjang in jenjang_pk(scope, pd, TAHUN):
        if jenjang.jabatan.jenis not in (Jabatan.Jenis.SEKRETARIS, Jabatan.Jenis.KEPALA_UNIT):
            continue
        draf = draf_pk_jenjang(scope, pd, TAHUN, jenjang)
        janji = [(r.indikator, r.sumber) for r in draf.target  # planning indicators with a 2024 target
                 if r.sumber is not None and isinstance(r.indikator, Indikator)]
        if not janji:
            continue  # a post owning only an intermediate node (the kelurahan's Kasi): no PK in the demo
        pk = PerjanjianKinerja(pd=pd, tahun=TAHUN, nomor=1, tanggal=TANGGAL, tempat=pd.pemda.ibukota,
                               jenjang=jenjang.jabatan, jabatan_pihak_pertama=jenjang.jabatan,
                               jabatan_pihak_kedua=camat)
        versi.append(pk)
        target += [TargetPk(perjanjian=pk, indikator=ind, urutan=urutan, nilai=sumber.nilai,
                            nilai_atas=sumber.nilai_atas, teks=sumber.teks)
                   for urutan, (ind, sumber) in enumerate(janji, start=1)]
    simpan_banyak(PerjanjianKinerja, versi)
    for row in target:
        row.perjanjian = row.perjanjian  # the version's id, set by the insert above
    simpan_banyak(TargetPk, target)
