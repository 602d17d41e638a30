"""Wonoasih's rencana aksi 2024: a quarterly target and plan for every indicator with a 2024 target, and the anggaran
kas of every sub kegiatan.

The seeds hold no rencana aksi: everything here is INVENTED, derived from the realisations and spending the demo
already holds (:mod:`sakip.composite.demo.pengukuran_2024`) so that the plan and the measurement agree, and each
plan's text says "(contoh)". The rules, so that tests can compute the figures by hand:

- indicators: the year's sasaran indicators (target in force: the PK's at TW IV, else the Renstra's) and the
  program, kegiatan and sub kegiatan indicators with a 2024 target, in the order of the screen
  (``measurement.services_rencana.layar_rencana``); an indicator without an annual target gets no plan;
- the plan is built as the target s.d. each measured quarter, then typed as the indicator types its realisation
  (for a count typed per quarter: the differences):
  - TW IV: the annual target in force (a range: its lower bound);
  - a quarter with a realisation s.d. it: that value, capped by the annual target (a lower-is-better indicator:
    at least the annual target), so the realisation meets its quarter's target;
  - a quarter without one, before a quarter that has one: the previous quarter's target, else that later one's;
  - a quarter without one after the last realisation: on the straight line from the previous quarter's target to
    the annual target at TW IV (the annual target when no quarter before it has a target), rounded to whole
    numbers when both ends are whole, else to two places (half up);
  - an added-up indicator's target s.d. a quarter never falls below the quarter before;
- anggaran kas of a sub kegiatan: the spending s.d. each quarter the demo holds (its own line, else the sum of its
  lokasi lines, by the budget rules of ``measurement.dokumen``) rounded up to the next Rp 1.000.000 and capped at
  the pagu in force at TW IV; each quarter's kas is the increase of that plan over the quarter before; a quarter
  without spending held gets no kas.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sakip.composite.demo.simpan import simpan_banyak
from sakip.core.scoping import Scope
from sakip.domain.measurement.dokumen import anggaran_per_sub
from sakip.domain.measurement.models import AnggaranKas, RencanaAksi
from sakip.domain.measurement.selectors import DataTahun
from sakip.domain.measurement.services_rencana import BarisRencana, layar_rencana
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import INDIKATOR_TAHUN, Indikator, SubKegiatan
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import Akumulasi, CaraIsi, Polaritas, TargetRentang, triwulan

TAHUN = 2024
JUTA = Decimal(1_000_000)
AKSI = {
    "sasaran": "Pemantauan capaian dan tindak lanjut",
    "program": "Koordinasi pelaksanaan program",
    "kegiatan": "Pengendalian pelaksanaan kegiatan",
    "sub_kegiatan": "Pelaksanaan sub kegiatan sesuai jadwal DPA",
}


def _bulat(nilai: Decimal, utuh: bool) -> Decimal:
    return nilai.quantize(Decimal(1) if utuh else Decimal("0.01"), rounding=ROUND_HALF_UP)


def target_sd(b: BarisRencana, realisasi: dict[int, Decimal | None]) -> dict[int, Decimal]:
    """The planned target s.d. each measured quarter of one indicator (the rules of the module docstring)."""
    tahunan = b.tahunan.bawah if isinstance(b.tahunan, TargetRentang) else b.tahunan
    assert tahunan is not None
    negatif = b.aturan.polaritas == Polaritas.NEGATIF
    diukur = [q for q in (1, 2, 3, 4) if b.aturan.frekuensi.diukur(q)]
    held = {q: sd for q in diukur if q < 4 and (sd := triwulan(realisasi, q, b.aturan).sd) is not None}
    plan: dict[int, Decimal] = {}
    for q in diukur:
        if q == 4:
            nilai = tahunan
        elif q in held:
            nilai = max(held[q], tahunan) if negatif else min(held[q], tahunan)
        elif any(later > q for later in held):
            earlier = [p for p in plan if p < q]
            nilai = plan[earlier[-1]] if earlier else held[min(later for later in held if later > q)]
            nilai = max(nilai, tahunan) if negatif else min(nilai, tahunan)
        else:
            earlier = [p for p in plan if p < q]
            if earlier:
                p = earlier[-1]
                utuh = plan[p] == plan[p].to_integral_value() and tahunan == tahunan.to_integral_value()
                nilai = _bulat(plan[p] + (tahunan - plan[p]) * (q - p) / (4 - p), utuh)
            else:
                nilai = tahunan
        if b.aturan.akumulasi == Akumulasi.JUMLAH and plan:
            nilai = max(nilai, plan[max(plan)])
        plan[q] = nilai
    return plan


def diketik(b: BarisRencana, plan: dict[int, Decimal]) -> dict[int, Decimal]:
    """The plan as the indicator's realisation is typed: s.d. the quarter, or a count's own quarter."""
    if b.aturan.akumulasi != Akumulasi.JUMLAH or b.aturan.cara_isi != CaraIsi.TRIWULAN:
        return plan
    out, before = {}, Decimal(0)
    for q in sorted(plan):
        out[q], before = plan[q] - before, plan[q]
    return out


def kas(spent: dict[int, Decimal | None], pagu: Decimal | None) -> dict[int, Decimal]:
    """A sub kegiatan's anggaran kas per quarter from its spending s.d. each quarter (module docstring)."""
    out: dict[int, Decimal] = {}
    before = Decimal(0)
    for q in (1, 2, 3, 4):
        sd = spent.get(q)
        if sd is None:
            continue
        rencana = (sd / JUTA).to_integral_value(rounding=ROUND_CEILING) * JUTA
        if pagu is not None:
            rencana = min(rencana, pagu)
        rencana = max(rencana, before)
        out[q], before = rencana - before, rencana
    return out


def load(pd: PerangkatDaerah) -> None:
    scope = Scope.system()
    layar = layar_rencana(scope, pd, TAHUN)
    data = DataTahun(scope, pd, TAHUN, iku=True)
    realisasi = {ind: {q: r.nilai for q, r in rows.items()} for ind, rows in data.realisasi.items()}
    indikator = Indikator.objects.filter(pk__in=[b.indikator_id for b in layar.indikator]).select_related(
        *INDIKATOR_TAHUN).in_bulk()
    rows = []
    for b in layar.indikator:
        if b.tahunan is None:
            continue
        for q, nilai in diketik(b, target_sd(b, realisasi.get(b.indikator_id, {}))).items():
            rows.append(RencanaAksi(indikator=indikator[b.indikator_id], tahun=TAHUN, triwulan=q, nilai=nilai,
                                    teks=format_angka(nilai), aksi=f"(contoh) {AKSI[b.level]}"))
    simpan_banyak(RencanaAksi, rows)
    spent = {q: anggaran_per_sub(data.pagu, data.belanja, q) for q in (1, 2, 3, 4)}
    subs = SubKegiatan.objects.filter(pk__in=[b.sub_kegiatan_id for b in layar.kas]).in_bulk()
    kas_rows = []
    for k in layar.kas:
        per_q = {q: spent[q].get(k.sub_kegiatan_id, (None, None))[1] for q in (1, 2, 3, 4)}
        kas_rows += [AnggaranKas(sub_kegiatan=subs[k.sub_kegiatan_id], triwulan=q, nilai=nilai)
                     for q, nilai in kas(per_q, k.pagu).items()]
    simpan_banyak(AnggaranKas, kas_rows)
