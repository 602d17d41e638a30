"""Loads the generated 2024 figures of :mod:`sakip.composite.demo.data.dibangkitkan`: pagu, cumulative
spending and realisations of every indicator for TW I–IV, and each kecamatan's workflow state.

Deterministic (one random generator per kecamatan, seeded by its slug), plausible (spending grows
each quarter to 85–99 % of pagu; realisations move around their targets), and marked: every
realisation's ``keterangan`` is :data:`~sakip.composite.demo.data.dibangkitkan.TANDA`.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from sakip.composite.demo.data import dibangkitkan as data
from sakip.composite.demo.simpan import simpan_banyak
from sakip.core.scoping import Scope
from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, SubKegiatan, Target
from sakip.domain.workflow import services
from sakip.rumus import alur
from sakip.rumus.capaian import Frekuensi

LANGKAH_KE = {  # the steps that lead to a state
    alur.DIAJUKAN: ["ajukan"], alur.DIVERIFIKASI: ["ajukan", "verifikasi"],
    alur.DISETUJUI: ["ajukan", "verifikasi", "setujui"], alur.DIKEMBALIKAN: ["ajukan", "kembalikan"],
}


def _bulat(x: float, digits: int = 2) -> Decimal:
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)


def load() -> None:
    for slug in data.DENGAN_ANGKA:
        pd = PerangkatDaerah.objects.get(slug=slug)
        rng = random.Random(slug)
        _anggaran(pd, rng)
        _realisasi(pd, rng)
    for slug, quarters in data.ALUR.items():
        pd = PerangkatDaerah.objects.get(slug=slug)
        for tw, status in quarters.items():
            for aksi in LANGKAH_KE[status]:
                services.jalankan(Scope.system(), pd=pd, jenis="pengukuran", tahun=data.TAHUN, triwulan=tw,
                                  aksi=aksi, catatan=data.TANDA if aksi == "kembalikan" else "")


def _anggaran(pd: PerangkatDaerah, rng: random.Random) -> None:
    pagu, belanja = [], []
    for sub in SubKegiatan.objects.filter(kegiatan__program__pd=pd, kegiatan__program__tahun=data.TAHUN):
        nilai = Decimal(rng.randrange(20, 400) * 1_000_000)
        pagu.append(Pagu(sub_kegiatan=sub, nilai=nilai))
        akhir = rng.uniform(0.85, 0.99)
        porsi = sorted(min(akhir, max(0.0, akhir * tw / 4 + rng.uniform(-0.08, 0.05))) for tw in (1, 2, 3))
        for tw, f in zip((1, 2, 3, 4), [*porsi, akhir], strict=True):
            belanja.append(RealisasiAnggaran(sub_kegiatan=sub, triwulan=tw, nilai=_bulat(float(nilai) * f, 0)))
    simpan_banyak(Pagu, pagu)
    simpan_banyak(RealisasiAnggaran, belanja)


def _realisasi(pd: PerangkatDaerah, rng: random.Random) -> None:
    indikator = list(Indikator.objects.filter(pd=pd).filter(
        sasaran__isnull=False) | Indikator.objects.filter(pd=pd, program__tahun=data.TAHUN)
        | Indikator.objects.filter(pd=pd, kegiatan__program__tahun=data.TAHUN)
        | Indikator.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=data.TAHUN))
    target = dict(Target.objects.filter(indikator__in=indikator, tahun=data.TAHUN).values_list("indikator_id", "nilai"))
    rows = []
    for ind in indikator:
        t = target.get(ind.pk)
        if t is None:
            continue
        for tw in (1, 2, 3, 4):
            if ind.sasaran_id:  # a level the year keeps around its target
                nilai = float(t) * rng.uniform(0.93, 1.06)
            else:  # program work that grows over the year
                nilai = float(t) * min(1.0, tw / 4 * rng.uniform(0.85, 1.15))
            if not Frekuensi(ind.frekuensi).diukur(tw):
                continue  # not measured in this quarter (the IKM per semester): no figure, not a generated 0
            digits = 2 if t != t.to_integral_value() or ind.satuan == "%" else 0
            rows.append(Realisasi(indikator=ind, tahun=data.TAHUN, triwulan=tw, nilai=_bulat(nilai, digits),
                                  keterangan=data.TANDA))
    simpan_banyak(Realisasi, rows)
