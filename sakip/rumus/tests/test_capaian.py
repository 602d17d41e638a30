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
    rentang = c.parse_rentang("80–90")
    assert rentang == c.TargetRentang(Decimal(80), Decimal(90))
    assert c.capaian(Decimal(99), rentang).nilai == 110  # 99 / 90
    assert c.capaian(Decimal(60), rentang).nilai == 75  # 60 / 80
    assert c.parse_rentang("80,5 - 90") == c.TargetRentang(Decimal("80.5"), Decimal(90))
    assert c.parse_rentang("B (63,00)") is None


def test_zero_targets_and_missing_values_have_reasons():
    assert c.capaian(Decimal(5), Decimal(0)).alasan == "target 0: capaian tidak dapat dihitung"
    assert c.capaian(None, Decimal(5)).alasan == "realisasi belum diisi"
    assert c.capaian(Decimal(0), Decimal(5), c.Polaritas.NEGATIF, c.RumusNegatif.BAGI).alasan.startswith("realisasi 0")
    assert not c.serapan(Decimal(5), Decimal(0)).ada


def test_an_explicit_annual_realisation_wins_and_the_difference_is_shown():
    assert c.realisasi_tahunan(Decimal("94.12"), Decimal("94.17")) == (Decimal("94.17"), True)
    assert c.realisasi_tahunan(Decimal("94.17"), None) == (Decimal("94.17"), False)
