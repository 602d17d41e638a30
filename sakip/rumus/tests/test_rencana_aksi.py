"""The rencana aksi rules: hand-worked quarters and invariants (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import rencana_aksi as ra
from sakip.rumus.capaian import Akumulasi, Aturan, CaraIsi, Frekuensi, TargetRentang

D = Decimal
JUMLAH_PER_TW = Aturan(akumulasi=Akumulasi.JUMLAH, cara_isi=CaraIsi.TRIWULAN)
JUMLAH_KUMULATIF = Aturan(akumulasi=Akumulasi.JUMLAH, cara_isi=CaraIsi.KUMULATIF)
PERSEN = Aturan()  # the latest quarter's value (percentages, indices)

quarter_value = st.decimals(min_value=D(0), max_value=D(10_000), places=2)


def test_a_count_typed_per_quarter_adds_up():
    # 10 + 15 = 25 s.d. TW II; 10 + 15 + 20 + 25 = 70 s.d. TW IV
    rencana = {1: D(10), 2: D(15), 3: D(20), 4: D(25)}
    assert ra.target_sd(rencana, 2, JUMLAH_PER_TW) == D(25)
    assert ra.target_sd(rencana, 4, JUMLAH_PER_TW) == D(70)


def test_a_count_typed_as_a_running_total_is_read_as_typed():
    assert ra.target_sd({1: D(10), 2: D(25)}, 2, JUMLAH_KUMULATIF) == D(25)


def test_a_percentage_takes_the_quarter_target_itself():
    assert ra.target_sd({1: D(70), 2: D(80), 3: D(85)}, 3, PERSEN) == D(85)


def test_no_target_for_the_quarter_or_not_measured_there():
    assert ra.target_sd({1: D(10)}, 2, JUMLAH_PER_TW) is None
    semester = Aturan(frekuensi=Frekuensi.SEMESTER)
    assert ra.target_sd({1: D(50), 2: D(60)}, 1, semester) is None
    assert ra.target_sd({1: D(50), 2: D(60)}, 2, semester) == D(60)


def test_anggaran_kas_and_the_planned_serapan():
    # 100 + 200 + 300 + 400 juta of a pagu of 1 M: 10 / 30 / 60 / 100 %
    kas = {1: D(100_000_000), 2: D(200_000_000), 3: D(300_000_000), 4: D(400_000_000)}
    pagu = D(1_000_000_000)
    assert [ra.rencana_serapan(kas, n, pagu).nilai for n in range(1, 5)] == [D(10), D(30), D(60), D(100)]
    assert ra.kas_sd({}, 4) is None
    assert ra.rencana_serapan({}, 2, pagu).alasan == "anggaran kas belum diisi"
    assert ra.rencana_serapan(kas, 2, None).nilai is None


def test_quarters_above_the_annual_target_of_a_count_are_refused():
    # 30 + 30 + 30 = 90 > 80 from TW III on
    masalah = ra.masalah_rencana({1: D(30), 2: D(30), 3: D(30)}, JUMLAH_PER_TW, D(80))
    assert [m.triwulan for m in masalah] == [3]
    assert "melebihi target tahunan (80)" in masalah[0].pesan
    # a range's upper bound is the limit: 90 ≤ 90 passes
    assert ra.masalah_rencana({1: D(30), 2: D(30), 3: D(30)}, JUMLAH_PER_TW, TargetRentang(D(80), D(90))) == []
    # a percentage may sit above the annual target in a quarter: only counts add up
    assert ra.masalah_rencana({1: D(95)}, PERSEN, D(80)) == []


def test_a_running_total_may_not_go_down():
    masalah = ra.masalah_rencana({1: D(20), 2: D(15)}, JUMLAH_KUMULATIF, D(100))
    assert [m.triwulan for m in masalah] == [2]
    assert "tidak boleh turun" in masalah[0].pesan


def test_a_target_in_a_quarter_not_measured_is_refused():
    masalah = ra.masalah_rencana({1: D(5), 4: D(10)}, Aturan(frekuensi=Frekuensi.TAHUN), D(10))
    assert [m.triwulan for m in masalah] == [1]


def test_anggaran_kas_above_the_pagu():
    assert ra.masalah_kas({1: D(600), 2: D(500)}, D(1000)) == (
        "Anggaran kas setahun (Rp 1.100) melebihi pagu yang berlaku (Rp 1.000).")
    assert ra.masalah_kas({1: D(600), 2: D(400)}, D(1000)) is None
    assert ra.masalah_kas({1: D(1)}, None) is not None
    assert ra.masalah_kas({}, None) is None


def test_quarters_planned_but_not_monitored():
    rencana = {1: D(10), 2: D(15), 3: D(20), 4: D(25)}
    assert ra.tidak_dipantau(rencana, {1: D(8), 3: D(1)}, 3) == [2]
    assert ra.tidak_dipantau(rencana, {}, 0) == []


@given(st.lists(quarter_value, min_size=4, max_size=4))
def test_counts_typed_per_quarter_give_a_non_decreasing_plan_ending_at_their_sum(values):
    rencana = dict(enumerate(values, start=1))
    sd = [ra.target_sd(rencana, n, JUMLAH_PER_TW) for n in range(1, 5)]
    assert sd == sorted(sd)
    assert sd[-1] == sum(values)
    assert ra.masalah_rencana(rencana, JUMLAH_PER_TW, sum(values)) == []


@given(st.lists(quarter_value, min_size=4, max_size=4), st.decimals(min_value=D(1), max_value=D(10**9), places=2))
def test_the_planned_serapan_grows_with_the_quarters(values, pagu):
    kas = dict(enumerate(values, start=1))
    serapan = [ra.rencana_serapan(kas, n, pagu).nilai for n in range(1, 5)]
    assert serapan == sorted(serapan)
    assert (ra.masalah_kas(kas, pagu) is None) == (sum(values) <= pagu)
