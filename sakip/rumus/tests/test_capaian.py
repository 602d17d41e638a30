"""The capaian engine: invariants (hypothesis) and the seed's figures worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import capaian as c

positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2)
any_value = st.decimals(min_value=Decimal(0), max_value=Decimal("1000000"), places=2)
percent = st.decimals(min_value=Decimal(-500), max_value=Decimal(1000), places=4)


@given(r=any_value, t=positive, more=positive)
def test_positive_capaian_grows_with_the_realisation(r, t, more):
    assert c.capaian(r + more, t).nilai > c.capaian(r, t).nilai


@given(t=positive)
def test_meeting_the_target_exactly_is_100_for_every_formula(t):
    assert c.capaian(t, t).nilai == 100
    for rumus in c.RumusNegatif:
        assert c.capaian(t, t, c.Polaritas.NEGATIF, rumus).nilai == 100


@given(r=positive, t=positive, more=positive)
def test_negative_capaian_falls_as_the_realisation_grows(r, t, more):
    for rumus in c.RumusNegatif:
        assert c.capaian(r + more, t, c.Polaritas.NEGATIF, rumus).nilai < c.capaian(r, t, c.Polaritas.NEGATIF, rumus).nilai


@given(low=any_value, width=any_value, share=st.decimals(min_value=0, max_value=1, places=3))
def test_inside_a_range_target_is_100(low, width, share):
    rentang = c.TargetRentang(low, low + width)
    assert c.capaian(low + width * share, rentang).nilai == 100


@given(low=positive, width=any_value, r=any_value, more=positive)
def test_outside_a_range_target_capaian_is_monotone(low, width, r, more):
    """Above the range it keeps growing with R (against the upper bound), below it keeps falling as R falls
    (against the lower bound); a lower-is-better range mirrors it."""
    rentang = c.TargetRentang(low, low + width)
    above, higher = low + width + more, low + width + more + more
    assert c.capaian(higher, rentang).nilai > c.capaian(above, rentang).nilai > 100
    below = min(r, low - Decimal("0.01"))
    if below >= 0:
        assert c.capaian(below, rentang).nilai < 100
        assert c.capaian(below, rentang, c.Polaritas.NEGATIF).nilai > 100
    assert c.capaian(higher, rentang, c.Polaritas.NEGATIF).nilai < c.capaian(above, rentang, c.Polaritas.NEGATIF).nilai


@given(r=st.none() | any_value, t=st.none() | st.just(Decimal(0)) | any_value)
def test_never_raises_and_explains_what_cannot_be_computed(r, t):
    for polaritas in c.Polaritas:
        for rumus in c.RumusNegatif:
            hasil = c.capaian(r, t, polaritas, rumus)
            assert hasil.ada or hasil.alasan


@given(values=st.lists(st.none() | any_value, min_size=1, max_size=4))
def test_quarterly_aggregation(values):
    given_values = [v for v in values if v is not None]
    total = c.realisasi_kumulatif(values, c.Akumulasi.JUMLAH)
    last = c.realisasi_kumulatif(values, c.Akumulasi.TERAKHIR)
    mean = c.realisasi_kumulatif(values, c.Akumulasi.RATA_RATA)
    if not given_values:
        assert total is last is mean is None
    else:
        assert total == sum(given_values) and last == given_values[-1]
        assert min(given_values) <= mean <= max(given_values)


@given(pagu=positive)
def test_spending_the_whole_pagu_is_100(pagu):
    assert c.serapan(pagu, pagu).nilai == 100


@pytest.mark.parametrize("skala", list(c.SKALA.values()))
@given(a=percent, b=percent)
def test_scales_are_total_and_monotonic(skala, a, b):
    names = [band.kategori.nama for band in skala.pita] + [skala.terendah.nama]
    low, high = sorted((a, b))
    assert names.index(skala.kategori(high).nama) <= names.index(skala.kategori(low).nama)


# --- the seed's figures, by hand -------------------------------------------------------------------------


def test_seed_002_capaian_of_the_three_pk_indicators():
    # 85,71 / 80 × 100 = 107,1375 → 107,14 (Tabel 3.18)
    assert c.bulatkan(c.capaian(Decimal("85.71"), Decimal(80)).nilai) == Decimal("107.14")
    # 94,17 / 94,14 × 100 = 100,0318… → 100,03 (Tabel 3.2)
    assert c.bulatkan(c.capaian(Decimal("94.17"), Decimal("94.14")).nilai) == Decimal("100.03")
    assert c.bulatkan(c.capaian(Decimal(100), Decimal(100)).nilai) == Decimal("100.00")


def test_seed_002_categories_on_the_kota_probolinggo_scale():
    skala = c.SKALA["probolinggo"]
    assert skala.kategori(Decimal("107.14")).nama == "Sangat Baik"
    assert skala.kategori(Decimal("100.03")).nama == "Sangat Baik"
    assert skala.kategori(Decimal(100)).nama == "Baik"  # exactly 100 is Baik
    assert skala.kategori(Decimal(75)).nama == "Baik"
    assert skala.kategori(Decimal("74.99")).nama == "Cukup"
    assert skala.kategori(Decimal("54.99")).nama == "Kurang"
    assert skala.kategori(None) is None


def test_permendagri_86_bands():
    skala = c.SKALA["permendagri86"]
    assert [skala.kategori(Decimal(v)).nama for v in (91, 90, "90.5", 76, 75, 66, 65, 51, 50)] == [
        "Sangat Tinggi", "Tinggi", "Tinggi", "Tinggi", "Sedang", "Sedang", "Rendah", "Rendah", "Sangat Rendah"]


def test_seed_002_efisiensi_and_serapan():
    # 98,47 / 100,03 × 100 = 98,4405 → 98,44 (Tabel 3.7)
    assert c.bulatkan(c.efisiensi(Decimal("98.47"), Decimal("100.03")).nilai) == Decimal("98.44")
    # TW IV: 13.770.521.146 / 14.415.022.746 × 100 = 95,5289… → 95,53
    assert c.bulatkan(c.serapan(Decimal(13_770_521_146), Decimal(14_415_022_746)).nilai) == Decimal("95.53")


def test_negative_polarity_by_hand():
    # T = 10, R = 8: (2·10 − 8) / 10 × 100 = 120; 10 / 8 × 100 = 125
    assert c.capaian(Decimal(8), Decimal(10), c.Polaritas.NEGATIF).nilai == 120
    assert c.capaian(Decimal(8), Decimal(10), c.Polaritas.NEGATIF, c.RumusNegatif.BAGI).nilai == 125


def test_a_range_target_outside_compares_with_the_nearest_bound():
    rentang = c.TargetRentang(Decimal(80), Decimal(90))
    assert c.capaian(Decimal(99), rentang).nilai == 110  # 99 / 90
    assert c.capaian(Decimal(60), rentang).nilai == 75  # 60 / 80
    assert c.capaian(Decimal("92.5"), rentang).nilai.quantize(Decimal("0.01")) == Decimal("102.78")  # 92,5 / 90


# --- quarters: aggregation, what is typed, how often measured -----------------------------------------------

quarter_values = st.dictionaries(st.integers(1, 4), st.none() | any_value, max_size=4)
aturan_apa_saja = st.builds(c.Aturan, akumulasi=st.sampled_from(list(c.Akumulasi)),
                            cara_isi=st.sampled_from(list(c.CaraIsi)), frekuensi=st.sampled_from(list(c.Frekuensi)))


@given(isian=quarter_values, aturan=aturan_apa_saja, n=st.integers(1, 4))
def test_an_unmeasured_quarter_never_changes_a_figure(isian, aturan, n):
    """Whatever is stored for a quarter the indicator is not measured in, no figure of any quarter changes."""
    bersih = {q: v for q, v in isian.items() if aturan.frekuensi.diukur(q)}
    assert c.triwulan(isian, n, aturan) == c.triwulan(bersih, n, aturan)
    if not aturan.frekuensi.diukur(n):
        q = c.triwulan(isian, n, aturan)
        assert (q.diukur, q.sd, q.alasan) == (False, None, "belum diukur")


@given(isian=st.dictionaries(st.integers(1, 4), any_value, min_size=1, max_size=4), n=st.integers(1, 4))
def test_an_averaged_indicator_is_the_mean_of_the_quarters_measured_so_far(isian, n):
    aturan = c.Aturan(akumulasi=c.Akumulasi.RATA_RATA)
    q = c.triwulan(isian, n, aturan)
    if isian.get(n) is None:
        assert q.sd is None
    else:
        so_far = [isian[k] for k in range(1, n + 1) if k in isian]
        assert q.sd == sum(so_far, Decimal(0)) / len(so_far)


@given(isian=st.dictionaries(st.integers(1, 4), any_value, min_size=1, max_size=4), n=st.integers(1, 4))
def test_a_count_typed_per_quarter_adds_the_quarters_up(isian, n):
    q = c.triwulan(isian, n, c.Aturan(akumulasi=c.Akumulasi.JUMLAH, cara_isi=c.CaraIsi.TRIWULAN))
    if isian.get(n) is not None:
        assert q.sd == sum((isian[k] for k in range(1, n + 1) if k in isian), Decimal(0))
        assert q.sendiri == isian[n]


def test_quarters_worked_by_hand():
    # Averaged: 98, 104, 102 → s.d. TW III = 304 / 3 = 101,33 (not the latest quarter's 102).
    rata = c.Aturan(akumulasi=c.Akumulasi.RATA_RATA)
    isian = {1: Decimal(98), 2: Decimal(104), 3: Decimal(102)}
    assert c.bulatkan(c.triwulan(isian, 3, rata).sd) == Decimal("101.33")
    # A count typed as its running total: 4, 9, 15 → TW III on its own is 6.
    kumulatif = c.Aturan(akumulasi=c.Akumulasi.JUMLAH, cara_isi=c.CaraIsi.KUMULATIF)
    q = c.triwulan({1: Decimal(4), 2: Decimal(9), 3: Decimal(15)}, 3, kumulatif)
    assert (q.sendiri, q.sd) == (Decimal(6), Decimal(15))
    # The same count typed per quarter: 4, 5, 6 → s.d. TW III = 15.
    per_tw = c.Aturan(akumulasi=c.Akumulasi.JUMLAH, cara_isi=c.CaraIsi.TRIWULAN)
    assert c.triwulan({1: Decimal(4), 2: Decimal(5), 3: Decimal(6)}, 3, per_tw).sd == Decimal(15)
    # The IKM measured per semester: TW I and III are "belum diukur", never 0; a typed 0 in TW II is a real 0.
    semester = c.Aturan(frekuensi=c.Frekuensi.SEMESTER)
    assert c.triwulan({1: Decimal(0)}, 1, semester).sd is None
    assert c.triwulan({2: Decimal(0)}, 2, semester).sd == Decimal(0)
    assert c.triwulan({2: Decimal("88.1"), 4: Decimal("89.5")}, 3, semester).alasan == "belum diukur"
    # Yearly: only TW IV.
    assert [c.Frekuensi.TAHUN.diukur(n) for n in (1, 2, 3, 4)] == [False, False, False, True]


def test_zero_targets_and_missing_values_have_reasons():
    assert c.capaian(Decimal(5), Decimal(0)).alasan == "target 0: capaian tidak dapat dihitung"
    assert c.capaian(None, Decimal(5)).alasan == "realisasi belum diisi"
    assert c.capaian(Decimal(0), Decimal(5), c.Polaritas.NEGATIF, c.RumusNegatif.BAGI).alasan.startswith("realisasi 0")
    assert not c.serapan(Decimal(5), Decimal(0)).ada


def test_an_explicit_annual_realisation_wins_and_the_difference_is_shown():
    assert c.realisasi_tahunan(Decimal("94.12"), Decimal("94.17")) == (Decimal("94.17"), True)
    assert c.realisasi_tahunan(Decimal("94.17"), None) == (Decimal("94.17"), False)
