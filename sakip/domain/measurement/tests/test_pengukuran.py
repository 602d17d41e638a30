"""Quarterly measurement of Wonoasih 2024 against seed 002, the entry rules, the grid and the command.

Expected totals are the JUMLAH rows of the four "PENGUKURAN KINERJA ... TRIWULAN" tables of seed 002;
capaian figures are those of Tabel 3.2, 3.10 and 3.18.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.measurement import services
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import Realisasi, RealisasiAnggaran
from sakip.domain.planning.models import Indikator
from sakip.rumus.capaian import Akumulasi
from tests.helpers import sub_row

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]  # entry on the demo's approved quarters


def pengukuran(tw: int):
    return build_pengukuran(Scope.system(), "wonoasih", 2024, tw)


@pytest.mark.parametrize(("tw", "pagu", "belanja"), [
    (1, 13_629_977_788, 2_478_524_239),
    (2, 13_629_977_788, 6_786_730_518),
    (3, 14_415_022_746, 9_915_580_282),
    (4, 14_415_022_746, 13_770_521_146),
])
def test_quarter_totals_are_the_seeds(tw, pagu, belanja):
    total = pengukuran(tw).as_json()["total"]
    assert (total["pagu"], total["realisasi_anggaran"]) == (pagu, belanja)


def test_tw_iv_serapan_is_95_53():
    assert pengukuran(4).as_json()["total"]["serapan_persen"] == 95.53


def test_the_annual_capaian_of_the_three_pk_indicators():
    iku = {row["nama"]: row for row in pengukuran(4).as_json()["iku"]}
    capaian = sorted(row["capaian_tahunan_persen"] for row in iku.values() if row["capaian_tahunan_persen"] is not None)
    assert capaian == [100, 100.03, 107.14]
    ikm = iku["Indeks Kepuasan Masyarakat (IKM)"]
    assert ikm["target"] == 94.14 and ikm["realisasi_tahunan"] == 94.17 and ikm["kategori_tahunan"] == "Sangat Baik"


def test_targets_of_iku_rows_come_from_the_pk_in_force():
    rows = pengukuran(1).as_json()["iku"]
    assert {row["target_sumber"] for row in rows} == {"PK versi 2"}


def test_program_rows_add_up_their_sub_kegiatan():
    rows = pengukuran(4).as_json()["rows"]
    programs = [r for r in rows if r["level"] == "program"]
    subs = [r for r in rows if r["level"] == "sub_kegiatan" and r["pagu"] is not None]
    assert sum(r["pagu"] for r in programs) == sum(r["pagu"] for r in subs) == 14_415_022_746


def test_a_sub_kegiatan_split_by_lokasi_in_tabel_3_26_shows_its_lokasi_from_tw_iii():
    """Tabel 3.26 lines 18–24: seven lokasi, pagu 748.356.597 and spending 716.123.023 together (TW IV table)."""
    rows = pengukuran(4).as_json()["rows"]
    i = next(i for i, r in enumerate(rows) if r["level"] == "sub_kegiatan" and r["pagu"] == 748_356_597)
    assert rows[i]["realisasi_anggaran"] == 716_123_023
    lokasi = [r for r in rows[i + 1:i + 8] if r["level"] == "lokasi"]
    assert len(lokasi) == 7 and sum(r["pagu"] for r in lokasi) == 748_356_597
    before = pengukuran(1).as_json()["rows"]
    assert not any(r["level"] == "lokasi" for r in before)  # TW I: one APBD line, not split


def _split_sub(*lines):
    """A Wonoasih sub kegiatan with its own APBD line (TW I–II table) re-planned by lokasi: two kelurahan and
    the given pagu ``lines`` (lokasi index, sumber, berlaku_mulai, nilai) instead of its own line."""
    from sakip.domain.measurement.models import Pagu
    from sakip.domain.organisation.models import Kelurahan
    from sakip.domain.planning.models import Lokasi, SubKegiatan

    row = sub_row(1)
    sub = SubKegiatan.objects.get(pk=row.sub_kegiatan_id)
    Pagu.objects.filter(sub_kegiatan=sub).delete()
    RealisasiAnggaran.objects.filter(sub_kegiatan=sub).delete()
    Lokasi.objects.filter(sub_kegiatan=sub).delete()
    kel = list(Kelurahan.objects.filter(pd__slug="wonoasih").order_by("urutan")[:2])
    lokasi = [Lokasi.objects.create(sub_kegiatan=sub, kelurahan=k, urutan=i) for i, k in enumerate(kel)]
    for i, sumber, mulai, nilai in lines:
        Pagu.objects.create(sub_kegiatan=sub, lokasi=lokasi[i] if i is not None else None, sumber=sumber,
                            berlaku_mulai=mulai, nilai=Decimal(nilai))
    return sub, [k.nama for k in kel]


def _sub_rows(tw: int, sub_id: int) -> list:
    return [b for b in pengukuran(tw).baris if b.sub_kegiatan_id == sub_id and b.level in ("sub_kegiatan", "lokasi")]


def test_an_apbd_p_of_one_lokasi_keeps_the_other_lokasi_in_force():
    """APBD: Wonoasih 400.000.000 + Jrebeng Kidul 41.250.000; the APBD-P from TW III changes Wonoasih alone to
    437.400.000. From TW III the sub kegiatan's pagu is 437.400.000 + 41.250.000 = 478.650.000 (not 437.400.000),
    and the PD's total grows by 478.650.000 − 441.250.000 = 37.400.000 against the same table before."""
    from sakip.domain.reporting.dokumen import build_lkjip

    before = {tw: pengukuran(tw).pagu for tw in (2, 3)}
    row = sub_row(1)
    own = {tw: next(b for b in _sub_rows(tw, row.sub_kegiatan_id) if b.level == "sub_kegiatan").pagu for tw in (2, 3)}
    sub, names = _split_sub((0, "APBD", 1, "400000000"), (1, "APBD", 1, "41250000"), (0, "APBD-P", 3, "437400000"))
    tw2, tw3 = _sub_rows(2, sub.pk), _sub_rows(3, sub.pk)
    assert tw2[0].pagu == Decimal("441250000") and [(b.lokasi, b.pagu) for b in tw2[1:]] == [
        (names[0], Decimal("400000000")), (names[1], Decimal("41250000"))]
    assert tw3[0].pagu == Decimal("478650000") and [(b.lokasi, b.pagu) for b in tw3[1:]] == [
        (names[0], Decimal("437400000")), (names[1], Decimal("41250000"))]
    assert pengukuran(2).pagu == before[2] - own[2] + Decimal("441250000")
    assert pengukuran(3).pagu == before[3] - own[3] + Decimal("478650000")
    assert not [c for c in build_lkjip(Scope.system(), "wonoasih", 2024).checks if c.kode == "pagu-lokasi-hilang"]


def test_a_budget_change_that_forgets_a_lokasi_is_a_check():
    """The sub kegiatan's own APBD line (TW I–II), then an APBD-P by lokasi naming only the first of its two
    lokasi: the second has no line in force from TW III, which the LKjIP's checks name."""
    from sakip.domain.reporting.dokumen import build_lkjip

    sub, names = _split_sub((None, "APBD", 1, "441250000"), (0, "APBD-P", 3, "437400000"))
    assert _sub_rows(2, sub.pk)[0].pagu == Decimal("441250000")
    assert [b.lokasi for b in _sub_rows(3, sub.pk)[1:]] == [names[0]]
    checks = [c for c in build_lkjip(Scope.system(), "wonoasih", 2024).checks if c.kode == "pagu-lokasi-hilang"]
    assert len(checks) == 1 and f"Sejak triwulan 3 lokasi {names[1]} tidak memiliki pagu" in checks[0].pesan
    assert checks[0].lokasi.startswith(sub.kode)


def test_the_json_takes_a_fixed_number_of_queries(django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        pengukuran(4)
    kegiatan = Indikator.objects.filter(pd__slug="wonoasih", sub_kegiatan__isnull=False).first().sub_kegiatan.kegiatan
    from sakip.domain.planning.models import Nomenklatur, SubKegiatan, Target

    used = SubKegiatan.objects.filter(kegiatan=kegiatan).values_list("nomenklatur_id", flat=True)
    for n in Nomenklatur.objects.filter(induk=kegiatan.nomenklatur).exclude(pk__in=used)[:2]:
        sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=n, urutan=50)
        ind = Indikator.objects.create(sub_kegiatan=sub, nama="Tambahan", satuan="Dokumen")
        Target.objects.create(indikator=ind, tahun=2024, nilai=4)
        Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=4, nilai=4)
    with django_assert_num_queries(len(ctx.captured_queries)):
        pengukuran(4)


# --- entry rules ---------------------------------------------------------------------------------------


def _save(tw: int, *, realisasi=None, anggaran=None):
    services.simpan_baris(Scope.system(), tahun=2024, triwulan=tw, realisasi=realisasi, anggaran=anggaran)


def test_letters_in_a_realisation_are_refused_on_the_field():
    ind = Indikator.objects.get(pk=sub_row(2).indikator_id)
    with pytest.raises(ValidationError) as info:
        _save(2, realisasi=services.IsianRealisasi(ind, "dua belas"))
    assert "realisasi" in info.value.message_dict and "bukan angka" in info.value.message_dict["realisasi"][0]


def test_negative_spending_and_spending_above_pagu_are_refused():
    row = sub_row(2)
    sub = Indikator.objects.get(pk=row.indikator_id).sub_kegiatan
    with pytest.raises(ValidationError) as info:
        _save(2, anggaran=services.IsianAnggaran(sub, None, "-5.000", row.pagu))
    assert "negatif" in info.value.message_dict["realisasi_anggaran"][0]
    with pytest.raises(ValidationError) as info:
        _save(2, anggaran=services.IsianAnggaran(sub, None, "999.999.999.999", row.pagu))
    assert "melebihi pagu" in info.value.message_dict["realisasi_anggaran"][0]


def test_a_cumulative_indicator_cannot_fall_below_the_previous_quarter():
    ind = Indikator.objects.filter(pd__slug="wonoasih", sub_kegiatan__isnull=False).first()
    ind.akumulasi = Akumulasi.JUMLAH
    ind.save()
    Realisasi.objects.update_or_create(indikator=ind, tahun=2024, triwulan=1, defaults={"nilai": 5, "teks": "5"})
    with pytest.raises(ValidationError) as info:
        _save(2, realisasi=services.IsianRealisasi(ind, "3"))
    assert "lebih kecil dari s.d. triwulan I" in info.value.message_dict["realisasi"][0]


def test_nothing_is_half_saved_when_one_cell_of_a_row_is_wrong():
    row = sub_row(2)
    ind = Indikator.objects.get(pk=row.indikator_id)
    before = Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=2).nilai
    with pytest.raises(ValidationError):
        _save(2, realisasi=services.IsianRealisasi(ind, "7"),
              anggaran=services.IsianAnggaran(ind.sub_kegiatan, None, "-1", row.pagu))
    assert Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=2).nilai == before


def test_a_valid_row_is_saved_and_its_capaian_follows():
    row = sub_row(2)
    ind = Indikator.objects.get(pk=row.indikator_id)
    target = row.target.nilai
    _save(2, realisasi=services.IsianRealisasi(ind, f"{target / 2}".replace(".", ",")))
    again = next(b for b in pengukuran(2).baris if b.indikator_id == ind.pk)
    assert again.capaian.nilai == Decimal(50)


# --- the grid page ------------------------------------------------------------------------------------


def test_the_grid_shows_the_quarter_with_inputs_for_the_operator(login):
    html = login("operator-wonoasih").get(reverse("measurement:grid", args=["wonoasih", 2024, 4])).content.decode()
    assert "13.770.521.146" in html and "14.415.022.746" in html and 'name="realisasi_anggaran"' in html


def test_the_evaluator_reads_the_grid_without_inputs(login):
    html = login("inspektorat-probolinggo").get(reverse("measurement:grid", args=["wonoasih", 2024, 4])).content.decode()
    assert "13.770.521.146" in html and 'name="realisasi"' not in html


def test_saving_a_row_from_the_grid_returns_the_row_with_its_error(login):
    row = sub_row(3)
    url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 3])
    kunci = f"sub_kegiatan-{row.indikator_id}-{row.sub_kegiatan_id}-0"
    response = login("operator-wonoasih").post(url, {"kunci": kunci, "indikator": row.indikator_id, "realisasi": "abc"},
                                              HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "bukan angka" in response.content.decode()


def test_another_pd_cannot_post_into_wonoasih(login):
    row = sub_row(3)
    url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 3])
    response = login("operator-kanigaran").post(url, {"kunci": "x", "indikator": row.indikator_id, "realisasi": "1"})
    assert response.status_code == 404
    assert not Realisasi.objects.filter(indikator_id=row.indikator_id, tahun=2024, triwulan=3, nilai=1).exists()


# --- command ------------------------------------------------------------------------------------------


def test_the_command_prints_the_quarter_as_json(capfdbinary):
    call_command("pengukuran", unit="wonoasih", year=2024, tw=1)
    data = json.loads(capfdbinary.readouterr().out)
    total = data["total"]
    assert (total["pagu"], total["realisasi_anggaran"], total["serapan_persen"]) == (13629977788, 2478524239, 18.18)
    assert {"level", "kode", "nama", "lokasi", "indikator", "satuan", "target", "realisasi", "capaian_persen", "pagu",
            "realisasi_anggaran", "serapan_persen"} <= set(data["rows"][0])


def test_spending_is_kept_at_the_level_the_seed_gives():
    # TW I–III spending per sub kegiatan, TW IV per Tabel 3.26 line (some per lokasi)
    assert not RealisasiAnggaran.objects.filter(pd__slug="wonoasih", triwulan__lte=3, lokasi__isnull=False).exists()
    assert RealisasiAnggaran.objects.filter(pd__slug="wonoasih", triwulan=4, lokasi__isnull=False).count() >= 7
