"""Proposed LKE answers from sakip's facts and the worksheet's consistency warnings: each rule by hand, the share
scale's boundaries, and properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import lke, lke_cek
from sakip.rumus.lke_usulan import (
    EvaluasiLalu,
    Fakta,
    RenstraFakta,
    TriwulanFakta,
    Usulan,
    VersiPk,
    bagian,
    batas_lkjip,
    usulan,
)

URUTAN = ["E", "D", "C", "CC", "B", "BB"]


def tw(n: int, status: str = "disetujui", batas: date | None = None, diajukan: date | None = None) -> TriwulanFakta:
    return TriwulanFakta(n, status, batas, diajukan, diajukan if status == "disetujui" else None)


# Read on 1 January 2025: the LKjIP 2024's deadline (28 February 2025) not passed yet.
KOSONG = Fakta(2024, None, (), "draft", tuple(tw(n, "draft") for n in range(1, 5)), 0, 0, None, False, (), None,
               None, date(2025, 1, 1))


def test_the_share_scale_at_its_boundaries():
    assert [bagian(n, 4) for n in range(5)] == ["E", "D", "C", "CC", "BB"]  # 25 % is not "more than 25 %"
    assert [bagian(n, 8) for n in range(9)] == ["E", "D", "D", "C", "C", "CC", "CC", "B", "BB"]
    assert bagian(Fraction(5, 2), 5) == "C" and bagian(0, 0) is None


@given(st.integers(1, 200), st.data())
def test_the_share_scale_never_falls_when_more_is_fulfilled(total, data):
    n = data.draw(st.integers(0, total - 1))
    assert URUTAN.index(bagian(n, total)) <= URUTAN.index(bagian(n + 1, total))
    assert bagian(total, total) == "BB" and bagian(0, total) == "E"
    assert bagian(n, total) in lke.SKALA["88/2021"]


def test_renstra_and_pk():
    assert usulan("1.a.3", "88/2021", KOSONG).nilai == "E"
    r = RenstraFakta(2019, 2024, 5, 3, 0, 5, 0)
    f = replace(KOSONG, renstra=r)
    assert usulan("1.a.3", "88/2021", f).nilai == "BB"
    assert usulan("1.a.3", "88/2021", replace(f, renstra=replace(r, indikator=0))).nilai == "D"
    assert usulan("1.a.4", "88/2021", KOSONG).nilai == "E"
    pk = (VersiPk(1, date(2024, 1, 2), "Penetapan awal"), VersiPk(2, date(2024, 2, 1), "Pergantian pejabat"))
    assert [usulan("1.a.4", "88/2021", replace(KOSONG, pk=pk, status_pk=s)).nilai
            for s in ("disetujui", "diverifikasi", "diajukan", "dikembalikan", "draft")] == ["BB", "C", "C", "D", "D"]
    assert "2 versi, terakhir versi 2 tanggal 01-02-2024" in usulan("1.a.4", "88/2021", replace(KOSONG, pk=pk)).alasan
    # another scale: no proposal
    assert usulan("1.a.3", "Y/T", f) is None and usulan("1.a.1", "88/2021", f) is None


def test_operational_definitions_count_half_for_one_of_two():
    # 4 indicators: 1 with both, 1 with the definition only, 1 with the formula only, 1 with neither: (1 + ½ + ½) / 4
    r = RenstraFakta(2019, 2024, 4, 2, definisi=2, formula=2, lengkap=1)
    u = usulan("2.a.2", "88/2021", replace(KOSONG, renstra=r))
    assert u.nilai == "C" and "1 memiliki definisi operasional dan formula, 2 hanya salah satunya" in u.alasan
    assert "50,00%" in u.alasan
    assert usulan("2.a.2", "88/2021", replace(KOSONG, renstra=replace(r, definisi=4, formula=4, lengkap=4))).nilai == "BB"
    assert usulan("2.a.2", "88/2021", KOSONG) is None


def test_quarters_on_time_and_approved():
    triwulan = (tw(1, batas=date(2024, 4, 10), diajukan=date(2024, 4, 10)),  # on the day: on time
                tw(2, batas=date(2024, 7, 10), diajukan=date(2024, 7, 11)),  # a day late
                tw(3, "diverifikasi", batas=date(2024, 10, 10), diajukan=date(2024, 10, 1)),  # not approved yet
                tw(4, "draft", batas=date(2025, 1, 15)))
    f = replace(KOSONG, triwulan=triwulan)
    u = usulan("2.b.4", "88/2021", f)
    assert u.nilai == "D" and u.alasan.startswith("1 dari 4 triwulan")  # 25 %: more than 0 %
    assert "TW II diajukan 11-07-2024 (batas 10-07-2024), terlambat, disetujui 11-07-2024" in u.alasan
    assert "TW IV belum diajukan (batas 15-01-2025)" in u.alasan
    assert usulan("3.a.2", "88/2021", f).nilai == "C"  # approved: 2 of 4, 50 % is more than 25 %
    no_deadline = replace(KOSONG, triwulan=tuple(tw(n, diajukan=date(2024, 12, 31)) for n in range(1, 5)))
    assert usulan("2.b.4", "88/2021", no_deadline).nilai == "BB"


def test_the_lkjip_and_its_deadline():
    assert batas_lkjip(2024) == date(2025, 2, 28) and batas_lkjip(2023) == date(2024, 2, 29)
    assert usulan("3.a.1", "88/2021", KOSONG).nilai == "E" and usulan("3.a.6", "88/2021", KOSONG) is None
    f = replace(KOSONG, lkjip_tanggal=date(2025, 2, 28), ada_profil=True)
    assert usulan("3.a.1", "88/2021", f).nilai == "BB"
    # Not published, deadline not passed: a report date on time proposes nothing (a typed date is no delivery) …
    assert usulan("3.a.6", "88/2021", f) is None
    # … a report date after the deadline already says it will be late: D.
    u = usulan("3.a.6", "88/2021", replace(f, lkjip_tanggal=date(2025, 3, 1)))
    assert u == Usulan("D", "LKjIP tahun 2024 belum diterbitkan di portal dan tanggal laporannya 01-03-2025 melewati "
                            "batas 28-02-2025 (2 bulan setelah tahun anggaran berakhir).")


def test_the_lkjip_published_on_time_late_or_not_at_all():
    f = replace(KOSONG, lkjip_tanggal=date(2025, 1, 31), ada_profil=True, hari_ini=date(2026, 12, 4))
    # published 20 February 2025, 8 days before the deadline of 28 February 2025: BB
    u = usulan("3.a.6", "88/2021", replace(f, lkjip_terbit=date(2025, 2, 20)))
    assert u == Usulan("BB", "LKjIP tahun 2024 diterbitkan di portal pada 20-02-2025, sebelum batas 28-02-2025 "
                             "(2 bulan setelah tahun anggaran berakhir).")
    # on the deadline's day: still on time
    u = usulan("3.a.6", "88/2021", replace(f, lkjip_terbit=date(2025, 2, 28)))
    assert u.nilai == "BB" and "pada 28-02-2025, tepat pada batas 28-02-2025" in u.alasan
    # a day late (1 March 2025): D naming both dates, whatever the report date says
    u = usulan("3.a.6", "88/2021", replace(f, lkjip_terbit=date(2025, 3, 1)))
    assert u == Usulan("D", "LKjIP tahun 2024 diterbitkan di portal pada 01-03-2025, melewati batas 28-02-2025 "
                            "(2 bulan setelah tahun anggaran berakhir).")
    # not published and read on 1 March 2025, the day after the deadline: E
    u = usulan("3.a.6", "88/2021", replace(f, hari_ini=date(2025, 3, 1)))
    assert u == Usulan("E", "LKjIP tahun 2024 belum diterbitkan di portal, batas 28-02-2025 (2 bulan setelah tahun "
                            "anggaran berakhir) terlewati. Tanggal laporan 31-01-2025.")
    # read on the deadline's day itself: not passed yet, no proposal
    assert usulan("3.a.6", "88/2021", replace(f, hari_ini=date(2025, 2, 28))) is None
    # 3.a.5, published at all: BB however late; not published: E once the deadline has passed, nothing before
    assert usulan("3.a.5", "88/2021", replace(f, lkjip_terbit=date(2025, 3, 1))) == Usulan(
        "BB", "LKjIP tahun 2024 diterbitkan di portal pada 01-03-2025.")
    assert usulan("3.a.5", "88/2021", replace(f, hari_ini=date(2025, 3, 1))) == Usulan(
        "E", "LKjIP tahun 2024 belum diterbitkan di portal, batas 28-02-2025 (2 bulan setelah tahun anggaran "
             "berakhir) terlewati.")
    assert usulan("3.a.5", "88/2021", replace(f, hari_ini=date(2025, 2, 28))) is None
    # no profile at all, deadline passed: E as well
    assert usulan("3.a.6", "88/2021", replace(KOSONG, hari_ini=date(2025, 3, 1))).nilai == "E"
    # 3.a.1: a publication shows the LKjIP exists even without a report date; so does the consistency check
    g = replace(KOSONG, lkjip_terbit=date(2025, 2, 20))
    assert usulan("3.a.1", "88/2021", g) == Usulan(
        "BB", "LKjIP tahun 2024 diterbitkan di portal pada 20-02-2025 (tanggal laporan belum diisi pada profil Bab I).")
    assert g.ada_lkjip and not KOSONG.ada_lkjip


HARI = st.dates(date(2024, 6, 1), date(2027, 12, 31))


@given(st.one_of(st.none(), HARI), st.one_of(st.none(), HARI), HARI)
def test_the_lkjip_deadline_rule_as_a_table(terbit, laporan, hari_ini):
    f = replace(KOSONG, lkjip_terbit=terbit, lkjip_tanggal=laporan, ada_profil=laporan is not None, hari_ini=hari_ini)
    u = usulan("3.a.6", "88/2021", f)
    batas = date(2025, 2, 28)
    if terbit is not None:
        diharapkan = "BB" if terbit <= batas else "D"
    elif hari_ini > batas:
        diharapkan = "E"
    else:
        diharapkan = "D" if laporan is not None and laporan > batas else None
    assert (u.nilai if u else None) == diharapkan
    if u is not None:
        assert "28-02-2025" in u.alasan  # every reason names the deadline
    terbit_saja = usulan("3.a.5", "88/2021", f)
    assert (terbit_saja.nilai if terbit_saja else None) == (
        "BB" if terbit is not None else "E" if hari_ini > batas else None)


@given(HARI, HARI, st.one_of(st.none(), HARI), HARI)
def test_publishing_later_never_raises_the_answer(a, b, laporan, hari_ini):
    awal, akhir = sorted((a, b))
    f = replace(KOSONG, lkjip_tanggal=laporan, hari_ini=hari_ini)
    nilai = [usulan("3.a.6", "88/2021", replace(f, lkjip_terbit=t)).nilai for t in (awal, akhir)]
    assert URUTAN.index(nilai[0]) >= URUTAN.index(nilai[1])
    # published at all is never worse than not published once the deadline has passed
    belum = usulan("3.a.6", "88/2021", replace(f, lkjip_terbit=None, hari_ini=max(hari_ini, date(2025, 3, 1))))
    assert URUTAN.index(nilai[1]) >= URUTAN.index(belum.nilai)


def test_last_years_follow_ups():
    assert usulan("4.c.1", "88/2021", KOSONG) is None
    lalu = EvaluasiLalu(2023, True, "Final", rekomendasi=5, selesai=4, proses=1)
    u = usulan("4.c.1", "88/2021", replace(KOSONG, evaluasi_lalu=lalu))
    assert u.nilai == "B" and "Dari 5 rekomendasi evaluasi AKIP tahun 2023: 4 selesai" in u.alasan  # 80 %
    assert usulan("4.c.1", "88/2021", replace(KOSONG, evaluasi_lalu=replace(lalu, final=False))) is None
    assert usulan("4.c.1", "88/2021", replace(KOSONG, evaluasi_lalu=replace(lalu, rekomendasi=0))).nilai == "BB"


def sub(kode: str, jenis: str, *nilai: str | None) -> lke_cek.SubCek:
    return lke_cek.SubCek(kode, jenis, tuple((f"{kode}.{i}", lke.pecahan("88/2021", n))
                                             for i, n in enumerate(nilai, start=1)))


def test_use_valued_above_quality_is_warned():
    # 1.b: (BB 0,8 + B 0,7 + unanswered 0) / 3 = 0,5; 1.c: (A 0,9 + CC 0,6) / 2 = 0,75 > 0,5
    komponen = [[sub("1.a", "keberadaan", "AA"), sub("1.b", "kualitas", "BB", "B", None),
                 sub("1.c", "pemanfaatan", "A", "CC")],
                # 2.b mean 0,7 = 2.c mean 0,7: not above
                [sub("2.b", "kualitas", "B"), sub("2.c", "pemanfaatan", "B")],
                # 3.c not answered yet: no warning
                [sub("3.b", "kualitas", None), sub("3.c", "pemanfaatan", None, None)]]
    hasil = lke_cek.periksa(komponen, {"renstra": True, "lkjip": True})
    assert hasil == [lke_cek.Peringatan("1.c", "Pemanfaatan 1.c (rata-rata 75,00%) lebih tinggi daripada kualitas 1.b "
                                               "(rata-rata 50,00%): periksa kembali kedua nilai.")]


def test_quality_of_a_missing_document_is_warned():
    komponen = [[sub("1.b", "kualitas", "B", "E", None)], [sub("3.b", "kualitas", "C")]]
    hasil = lke_cek.periksa(komponen, {"renstra": False, "lkjip": False})
    assert [p.kode for p in hasil] == ["1.b.1", "3.b.1"]  # E and unanswered are consistent with no document
    assert hasil[0].pesan == "Kriteria 1.b.1 dinilai di atas E, padahal Renstra tahun ini belum ada di sakip."
    assert lke_cek.periksa(komponen, {"renstra": True, "lkjip": True}) == []


@given(st.lists(st.sampled_from([None, *lke.SKALA["88/2021"]]), min_size=1, max_size=8),
       st.lists(st.sampled_from([None, *lke.SKALA["88/2021"]]), min_size=1, max_size=8))
def test_a_use_warning_exactly_when_the_mean_is_higher(b, c):
    komponen = [[sub("4.b", "kualitas", *b), sub("4.c", "pemanfaatan", *c)]]
    rata = [sum((lke.pecahan("88/2021", n) or Decimal(0) for n in x), Decimal(0)) / len(x) for x in (b, c)]
    diharapkan = any(n is not None for n in c) and rata[1] > rata[0]
    assert bool(lke_cek.periksa(komponen, {})) == diharapkan
