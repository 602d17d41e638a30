"""The column-width rule of Word and PDF tables (issue 15): no figure, code or word is ever broken inside a cell.

Widths are worked out by hand from the advance widths of Arial / Liberation Sans (1/1000 em): digits 556, the dot
and comma 278, "%" 889; bold "R" 722, "e" 556, "a" 556, "l" 278, "i" 278, "s" 556.
"""

from __future__ import annotations

import pytest

from sakip.documents import lebar


def test_text_is_measured_with_the_fonts_advance_widths():
    # 9.638.366.951: ten digits and three dots = (10 × 556 + 3 × 278) / 1000 em = 6,394 em → 70,334 pt at 11 pt.
    assert lebar.lebar_teks("9.638.366.951", 11) == pytest.approx(70.334)
    # "Realisasi" in bold: 722 + 556 + 556 + 278 + 278 + 556 + 556 + 556 + 278 = 4.336 → 47,696 pt at 11 pt.
    assert lebar.lebar_teks("Realisasi", 11, tebal=True) == pytest.approx(47.696)
    assert lebar.lebar_teks("84,50%", 10) == pytest.approx((4 * 556 + 278 + 889) * 10 / 1000)


def test_a_line_breaks_only_at_spaces_and_after_a_slash_or_hyphen_before_a_letter():
    assert lebar.potongan("Penganggaran/Evaluasi Kinerja 9.638.366.951") == [
        "Penganggaran/", "Evaluasi", "Kinerja", "9.638.366.951"]
    assert lebar.potongan("7.01.01.2.06.0002") == ["7.01.01.2.06.0002"]
    assert lebar.potongan("kelompok-kelompok") == ["kelompok-", "kelompok"]
    assert lebar.potongan("Rp. 2.000.000,- per 1/2 tahun") == ["Rp.", "2.000.000,-", "per", "1/2", "tahun"]


def test_every_column_is_at_least_as_wide_as_its_longest_piece_and_the_rest_goes_to_text():
    kepala = ("Indikator", "2020", "2021", "Pagu (Rp)")
    baris = [("Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi", "84,50", "85,60", "9.638.366.951")]
    total = 170 * lebar.MM  # a portrait A4 page less 20 mm margins: 481,89 pt
    widths = lebar.lebar_kolom(kepala, baris, total, pt=11, tepi=10.8)
    assert sum(widths) == pytest.approx(total)
    air = 10.8 + 3.3  # the cell margins and 0,3 × 11 pt
    # "84,50" = (4 × 556 + 278) × 11 / 1000 = 27,522 pt; "2020" in bold = 4 × 556 × 11 / 1000 = 24,464 pt.
    assert widths[1] >= 27.522 + air and widths[2] >= 27.522 + air
    assert widths[3] >= 70.334 + air
    # The figure columns hold one line each, so all that is left goes to the name, which wraps.
    assert widths[1] == pytest.approx(27.522 + air) and widths[3] == pytest.approx(70.334 + air)
    assert widths[0] == pytest.approx(total - 2 * (27.522 + air) - (70.334 + air))


def test_a_table_that_fits_on_one_line_fills_the_width_in_proportion():
    widths = lebar.lebar_kolom(("A", "B"), [("x", "yy")], 100, pt=10, tepi=0)
    assert sum(widths) == pytest.approx(100) and widths[1] > widths[0]


def test_only_a_table_whose_pieces_do_not_fit_a_portrait_page_goes_landscape():
    # Nine columns of capitals such as "KEPERCAYAAN" (bold K 722, E 667, P 667, E 667, R 722, C 722, A 722, Y 667,
    # A 722, A 722, N 722 = 7.722, 84,942 pt at 11 pt) cannot share 481,89 pt without breaking a word; three
    # short columns can.
    agama = ("NO", "KELURAHAN", "ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDHA", "KONGHUCU", "KEPERCAYAAN")
    assert lebar.lebar_teks("KEPERCAYAAN", 11, tebal=True) == pytest.approx(84.942)
    assert not lebar.muat(agama, [("1", "SUMBERTAMAN", "10.077", "138", "88", "2", "5", "-", "-")],
                          170 * lebar.MM, pt=11, tepi=10.8)
    assert lebar.muat(("NO", "KELURAHAN", "JUMLAH"), [("1", "WONOASIH", "3.763")], 170 * lebar.MM, pt=11, tepi=10.8)
