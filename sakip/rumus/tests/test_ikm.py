"""IKM formulas of PermenPANRB 14/2017: hand-computed cases, the boundaries, and properties."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import ikm

answers = st.lists(st.sampled_from(ikm.NILAI_JAWABAN), min_size=1, max_size=400)


def test_all_fours_is_100_and_all_ones_is_25():
    assert ikm.ikm([Decimal(4)] * 9) == Decimal("100.00")
    assert ikm.ikm([Decimal(1)] * 9) == Decimal("25.00")


def test_the_seed_nrr_by_hand():
    # Seed 002 NRR 3,47 3,35 3,63 3,72 3,46 3,48 3,58 3,72 3,74: sum 32,15; 32,15 / 9 × 25 = 89,305… → 89,31
    nrr = [Decimal(v) for v in ("3.47", "3.35", "3.63", "3.72", "3.46", "3.48", "3.58", "3.72", "3.74")]
    assert ikm.ikm(nrr) == Decimal("89.31")
    assert [ikm.mutu_unsur(v).huruf for v in nrr] == ["B", "B", "A", "A", "B", "B", "A", "A", "A"]  # seed's row


def test_unit_boundaries():
    assert ikm.mutu_ikm(Decimal("88.31")) == ikm.Mutu("A", "Sangat Baik")
    assert ikm.mutu_ikm(Decimal("88.30")).huruf == "B"
    assert ikm.mutu_ikm(Decimal("76.61")).huruf == "B"
    assert ikm.mutu_ikm(Decimal("76.60")).huruf == "C"
    assert ikm.mutu_ikm(Decimal("65.00")).huruf == "C"
    assert ikm.mutu_ikm(Decimal("64.99")) == ikm.Mutu("D", "Tidak Baik")


def test_unsur_boundaries():
    assert ikm.mutu_unsur(Decimal("3.5324")).huruf == "A"
    assert ikm.mutu_unsur(Decimal("3.5323")).huruf == "B"
    assert ikm.mutu_unsur(Decimal("3.0644")).huruf == "B"
    assert ikm.mutu_unsur(Decimal("3.0643")).huruf == "C"
    assert ikm.mutu_unsur(Decimal("2.60")).huruf == "C"
    assert ikm.mutu_unsur(Decimal("2.59")).huruf == "D"


def test_krejcie_morgan_by_formula():
    # 3,841·1000·0,25 / (0,0025·999 + 0,96025) = 960,25 / 3,45775 = 277,7 → 278
    assert ikm.sampel_minimum(1000) == 278
    assert ikm.sampel_minimum(3000) == 341
    assert ikm.sampel_minimum(3441) == 346  # seed 002's populasi
    assert ikm.sampel_minimum(3500) == 346
    assert ikm.sampel_minimum(0) == 0


def test_missing_unsur_gives_no_ikm():
    assert ikm.ikm([Decimal(3)] * 8 + [None]) is None
    assert ikm.nrr(0, 0) is None


@given(st.lists(answers, min_size=9, max_size=9))
def test_ikm_lies_between_25_and_100_and_follows_the_nrr(per_unsur):
    nrr = [ikm.nrr(sum(a), len(a)) for a in per_unsur]
    value = ikm.ikm(nrr)
    assert Decimal(25) <= value <= Decimal(100)
    assert abs(value - sum(nrr) / 9 * 25) <= Decimal("0.005")


@given(st.integers(min_value=1, max_value=10**7), st.integers(min_value=1, max_value=10**6))
def test_sample_never_exceeds_the_population_and_grows_with_it(n, more):
    assert ikm.sampel_minimum(n) <= n
    assert ikm.sampel_minimum(n + more) >= ikm.sampel_minimum(n)
