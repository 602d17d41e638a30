"""The LKE score of PermenPANRB 88/2021: a whole worksheet by hand, the predikat boundaries, and properties."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import lke

# The regulation's twelve sub-komponen: (kode, bobot, number of criteria) — the reference's table.
SUB = [("1.a", "6", 7), ("1.b", "9", 10), ("1.c", "15", 8), ("2.a", "6", 3), ("2.b", "9", 7), ("2.c", "15", 10),
       ("3.a", "3", 6), ("3.b", "4.5", 9), ("3.c", "7.5", 7), ("4.a", "5", 3), ("4.b", "7.5", 5),
       ("4.c", "12.5", 5)]


def total(jawaban: dict[str, list[str | None]], skala: str = "88/2021") -> Decimal:
    return lke.jumlah(lke.nilai_sub_komponen(Decimal(b), [lke.pecahan(skala, j) for j in jawaban[k]])
                      for k, b, _ in SUB)


def test_a_whole_worksheet_by_hand():
    jawaban = {
        "1.a": ["A"] * 7,  # 0,9 × 6 = 5,40
        "1.b": ["BB"] * 5 + ["B"] * 5,  # (4 + 3,5) / 10 = 0,75 × 9 = 6,75
        "1.c": ["B"] * 8,  # 0,7 × 15 = 10,50
        "2.a": ["AA"] * 3,  # 6,00
        "2.b": ["CC"] * 7,  # 0,6 × 9 = 5,40
        "2.c": ["C"] * 10,  # 0,5 × 15 = 7,50
        "3.a": ["AA"] + ["D"] * 5,  # (1 + 1,5) / 6 = 0,41666… × 3 = 1,25
        "3.b": ["BB"] * 9,  # 0,8 × 4,5 = 3,60
        "3.c": ["B"] * 7,  # 0,7 × 7,5 = 5,25
        "4.a": ["BB"] * 3,  # 0,8 × 5 = 4,00
        "4.b": ["B"] * 5,  # 0,7 × 7,5 = 5,25
        "4.c": ["CC"] * 4 + ["E"],  # 2,4 / 5 = 0,48 × 12,5 = 6,00
    }
    # 5,40 + 6,75 + 10,50 + 6,00 + 5,40 + 7,50 + 1,25 + 3,60 + 5,25 + 4,00 + 5,25 + 6,00 = 66,90
    assert lke.bulat(total(jawaban)) == Decimal("66.90")
    assert lke.predikat(total(jawaban)) == lke.Predikat("B", "Baik")
    assert lke.label_nilai_sakip(total(jawaban)) == "B (66,90)"
    assert lke.nilai_sub_komponen(Decimal("4.5"), [Decimal("0.8")] * 9) == Decimal("3.6")


def test_an_open_question_counts_nothing():
    # 1.a with one of seven unanswered: 6 × 0,9 / 7 × 6 = 4,628… → 4,63
    assert lke.bulat(lke.nilai_sub_komponen(Decimal(6), [Decimal("0.9")] * 6 + [None])) == Decimal("4.63")


def test_predikat_boundaries():
    assert lke.predikat(Decimal("90.00")).huruf == "A"
    assert lke.predikat(Decimal("90.01")).huruf == "AA"
    assert lke.predikat(Decimal("90.004")).huruf == "A"  # printed 90,00
    assert lke.predikat(Decimal("90.005")).huruf == "AA"  # printed 90,01
    assert [lke.predikat(Decimal(n)).huruf for n in ("80", "80.01", "70", "70.01", "60", "60.01", "50", "50.01",
                                                     "30", "30.01", "0", "100")] == [
        "BB", "A", "B", "BB", "CC", "B", "C", "CC", "D", "C", "D", "AA"]


def test_older_scales():
    assert lke.pecahan("Y/T", "Y") == 1 and lke.pecahan("Y/T", "T") == 0
    assert [lke.pecahan("A-E", h) for h in "ABCDE"] == [1, Decimal("0.75"), Decimal("0.5"), Decimal("0.25"), 0]
    assert lke.pecahan("88/2021", "") is None


def test_an_answer_the_scale_lacks_is_refused():
    try:
        lke.pecahan("Y/T", "BB")
    except ValueError as exc:
        assert str(exc) == "Nilai “BB” tidak ada pada skala Ya/Tidak."
    else:
        raise AssertionError("BB accepted on the Y/T scale")


def test_the_regulation_weights_add_up():
    komponen = {k: (Decimal(b), [Decimal(s) for kode, s, _ in SUB if kode[0] == k])
                for k, b in (("1", "30"), ("2", "30"), ("3", "15"), ("4", "25"))}
    assert lke.cek_bobot(komponen) == []
    komponen["3"] = (Decimal(15), [Decimal(3), Decimal("4.5"), Decimal(7)])
    assert lke.cek_bobot(komponen) == ["Bobot sub-komponen komponen 3 berjumlah 14,5, bukan 15."]
    komponen["3"] = (Decimal(14), [Decimal(3), Decimal("4.5"), Decimal("6.5")])
    assert lke.cek_bobot(komponen) == ["Bobot seluruh komponen berjumlah 99, bukan 100."]


HURUF = list(lke.SKALA["88/2021"])
lembar = st.fixed_dictionaries({k: st.lists(st.sampled_from([*HURUF, None]), min_size=n, max_size=n)
                                for k, _, n in SUB})


@given(lembar)
def test_the_total_is_between_0_and_100(jawaban):
    assert Decimal(0) <= total(jawaban) <= Decimal(100)


@given(lembar, st.data())
def test_a_better_answer_never_lowers_the_total(jawaban, data):
    kode = data.draw(st.sampled_from([k for k, _, _ in SUB]))
    i = data.draw(st.integers(0, len(jawaban[kode]) - 1))
    lama = jawaban[kode][i]
    lebih_baik = data.draw(st.sampled_from(HURUF if lama is None else HURUF[:HURUF.index(lama) + 1]))
    baru = {**jawaban, kode: [*jawaban[kode][:i], lebih_baik, *jawaban[kode][i + 1:]]}
    assert total(baru) >= total(jawaban)
    # The predikat letters run in the scale's order (AA, A, BB, B, CC, C, D): never a worse one.
    assert HURUF.index(lke.predikat(total(baru)).huruf) <= HURUF.index(lke.predikat(total(jawaban)).huruf)


def test_all_aa_is_100_and_all_e_or_open_is_0():
    assert total({k: ["AA"] * n for k, _, n in SUB}) == 100
    assert total({k: ["E"] * n for k, _, n in SUB}) == 0
    assert total({k: [None] * n for k, _, n in SUB}) == 0
