"""Loads the SKM demo of Wonoasih (semester II 2024): service units, questionnaire, period and 341
generated respondents (see :mod:`sakip.composite.demo.data.skm_wonoasih`).

The generation is deterministic (a fixed seed): each profile column is a shuffled list holding
exactly the seed's counts; each unsur gets ``round(NRR × 341)`` as its sum, made of 3s and 4s
(every NRR of the seed lies between 3 and 4), so its average rounds to the seed's NRR.
"""

from __future__ import annotations

import datetime
import random
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone
from django.utils.text import slugify

from sakip.composite.demo.data import skm_wonoasih as seed
from sakip.composite.demo.simpan import simpan, simpan_banyak
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.survey import services
from sakip.domain.survey.kuesioner import pastikan_kuesioner
from sakip.domain.survey.models import (
    ForumKonsultasiPublik,
    PeriodeSurvei,
    RencanaTindakLanjut,
    Respons,
    UnitLayanan,
)


def _column(counts: dict[str, int], rng: random.Random) -> list[str]:
    values = [value for value, n in counts.items() for _ in range(n)]
    rng.shuffle(values)
    return values


def _answers(nrr: str, rng: random.Random) -> list[int]:
    total = int((Decimal(nrr) * seed.RESPONDEN).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    fours = total - 3 * seed.RESPONDEN
    values = [4] * fours + [3] * (seed.RESPONDEN - fours)
    rng.shuffle(values)
    return values


def semester_berjalan(today: datetime.date, populasi: int) -> dict:
    """The semester containing ``today``, open, so the public survey of the demo accepts answers."""
    return {**services.semester_berjalan(today), "populasi": populasi}


def load(pd: PerangkatDaerah) -> None:
    units = [simpan(UnitLayanan(pd=pd, nama=pd.nama, slug=pd.slug, urutan=0))]
    for i, kelurahan in enumerate(pd.kelurahan.order_by("urutan"), start=1):
        units.append(simpan(UnitLayanan(pd=pd, kelurahan=kelurahan, nama=f"Kelurahan {kelurahan.nama}",
                                       slug=f"{pd.slug}-{slugify(kelurahan.nama)}", urutan=i)))
    pastikan_kuesioner(pd)
    periode = simpan(PeriodeSurvei(pd=pd, **seed.PERIODE))
    simpan(PeriodeSurvei(pd=pd, **semester_berjalan(timezone.localdate(), seed.PERIODE["populasi"])))
    rng = random.Random(2024)
    profil = {field: _column(counts, rng) for field, counts in seed.PROFIL.items()}
    answers = {kode: _answers(nrr, rng) for kode, nrr in seed.NRR.items()}
    kelurahan_units = units[1:]
    unit_of = [units[0]] * seed.LAYANAN["kecamatan"] + [kelurahan_units[i % len(kelurahan_units)]
                                                        for i in range(seed.LAYANAN["kelurahan"])]
    rng.shuffle(unit_of)
    rows = []
    for i in range(seed.RESPONDEN):
        rows.append(Respons(
            periode=periode, unit=unit_of[i], kanal=Respons.Kanal.BANGKITAN,
            saran=seed.SARAN[i] if i < len(seed.SARAN) else "",
            **{field: values[i] for field, values in profil.items()},
            **{kode.lower(): values[i] for kode, values in answers.items()},
        ))
    simpan_banyak(Respons, rows)
    for i, (prioritas, kode, label, kegiatan, tw, pj) in enumerate(seed.RTL, start=1):
        simpan(RencanaTindakLanjut(periode=periode, prioritas=prioritas, unsur=kode, unsur_label=label, kegiatan=kegiatan,
                                  tw1=bool(tw[0]), tw2=bool(tw[1]), tw3=bool(tw[2]), tw4=bool(tw[3]), penanggung_jawab=pj,
                                  urutan=i))
    simpan(ForumKonsultasiPublik(periode=periode, **seed.FKP))
