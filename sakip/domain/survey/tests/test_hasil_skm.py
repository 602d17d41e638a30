"""The SKM results rolled up from one scan of the answers: the whole, per unit, per service, the profile, the
channels and the trend of a small period whose figures are worked out by hand below."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from sakip.core.scoping import Scope
from sakip.domain.survey.dokumen import build_skm
from sakip.domain.survey.models import JenisLayanan, PeriodeSurvei, Respons, UnitLayanan

pytestmark = pytest.mark.django_db

MULAI = datetime.date(2030, 1, 1)


def jawab(periode, unit, layanan, profil: str, kanal: str, nilai: int) -> None:
    """One answer: ``profil`` is "jenis kelamin/usia/pendidikan/pekerjaan", all nine unsur ``nilai``."""
    jk, usia, pendidikan, pekerjaan = profil.split("/")
    Respons.objects.create(periode=periode, unit=unit, layanan=layanan, jenis_kelamin=jk, usia=usia,
                           pendidikan=pendidikan, pekerjaan=pekerjaan, kanal=kanal,
                           **{f"u{i}": nilai for i in range(1, 10)})


@pytest.fixture
def periode():
    kecamatan = UnitLayanan.objects.get(slug="wonoasih")
    sumber = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")
    ktp = JenisLayanan.objects.create(unit=kecamatan, nama="KTP")
    akta = JenisLayanan.objects.create(unit=sumber, nama="Akta")
    domisili = JenisLayanan.objects.create(unit=sumber, nama="Domisili")
    p = PeriodeSurvei.objects.create(pd=kecamatan.pd, kode="uji-hasil", nama="Uji", mulai=MULAI,
                                     selesai=datetime.date(2030, 6, 30), populasi=100)
    jawab(p, kecamatan, ktp, "L/<20/sd/pns", "web", 4)
    jawab(p, kecamatan, None, "P/20-29/sltp/swasta", "kertas", 2)
    jawab(p, sumber, akta, "L/30-39/slta/wiraswasta", "web", 3)
    jawab(p, sumber, domisili, "L/30-39/slta/wiraswasta", "impor", 1)
    jawab(p, sumber, akta, "P/50+/s2/lainnya", "web", 4)
    return p


def test_the_whole_the_units_and_the_services_by_hand(periode):
    h = build_skm(Scope.system(), "wonoasih", "uji-hasil")
    # Each unsur: 4 + 2 + 3 + 1 + 4 = 14 over 5 answers, NRR 2,8; IKM 2,8 × 25 = 70,00 (C).
    assert (h.total.responden, h.total.ikm, h.total.mutu.huruf) == (5, Decimal("70.00"), "C")
    assert [(u.jumlah, u.nrr) for u in h.total.unsur] == [(14, Decimal("2.8"))] * 9
    # Kecamatan 4 + 2 = 6 / 2 = 3,0 → 75,00; Sumber Taman 3 + 1 + 4 = 8 / 3 → 2,6667 × 25 = 66,67.
    assert [(k.nama, k.responden, k.ikm) for k in h.per_unit] == [
        ("Kecamatan Wonoasih", 2, Decimal("75.00")), ("Kelurahan Sumber Taman", 3, Decimal("66.67"))]
    # By unit, then service name; the answer without a service is in no service row.
    assert [(k.nama, k.responden, k.ikm) for k in h.per_layanan] == [
        ("KTP (Kecamatan Wonoasih)", 1, Decimal("100.00")), ("Akta (Kelurahan Sumber Taman)", 2, Decimal("87.50")),
        ("Domisili (Kelurahan Sumber Taman)", 1, Decimal("25.00"))]
    assert [(b.label, b.jumlah, b.persen) for b in h.jenis_layanan] == [
        ("Layanan kecamatan", 2, Decimal("40.00")), ("Layanan kelurahan", 3, Decimal("60.00"))]


def test_the_profile_and_the_channels_by_hand(periode):
    data = build_skm(Scope.system(), "wonoasih", "uji-hasil").as_json()
    assert data["demografi"] == {
        "jenis_kelamin": {"Laki-laki": 3, "Perempuan": 2},
        "pendidikan": {"SD ke bawah": 1, "SLTP": 1, "SLTA": 2, "D-I/D-III/D-IV/S1": 0, "S-2 ke atas": 1},
        "pekerjaan": {"PNS/TNI/POLRI": 1, "Pegawai swasta": 1, "Wiraswasta/usahawan": 2, "Pelajar/mahasiswa": 0,
                      "Lainnya": 1},
        "usia": {"< 20 tahun": 1, "20 – 29 tahun": 1, "30 – 39 tahun": 2, "40 – 49 tahun": 0, "≥ 50 tahun": 1}}
    kanal = build_skm(Scope.system(), "wonoasih", "uji-hasil").kanal
    assert [(b.label, b.jumlah, b.persen) for b in kanal] == [
        ("Formulir daring", 3, Decimal("60.00")), ("Kuesioner kertas (dientri petugas)", 1, Decimal("20.00")),
        ("Impor berkas", 1, Decimal("20.00"))]


def test_a_kelurahan_operator_gets_the_figures_of_its_own_unit(periode):
    sumber = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")
    scope = Scope(pemda_id=sumber.pemda_id, pd_id=sumber.pd_id, kelurahan_id=sumber.kelurahan_id, label="kelurahan")
    h = build_skm(scope, "wonoasih", "uji-hasil")
    assert (h.total.responden, h.total.ikm) == (3, Decimal("66.67"))
    assert [k.nama for k in h.per_unit] == ["Kelurahan Sumber Taman"]
    assert [b.jumlah for b in h.jenis_layanan] == [0, 3]


def test_the_trend_ends_with_periods_of_the_same_start_by_code(periode):
    lain = PeriodeSurvei.objects.create(pd=periode.pd, kode="uji-a", nama="Uji A", mulai=MULAI,
                                        selesai=datetime.date(2030, 12, 31), populasi=100)
    jawab(lain, UnitLayanan.objects.get(slug="wonoasih"), None, "L/<20/sd/pns", "web", 2)  # NRR 2 → IKM 50,00
    for kode in ("uji-hasil", "uji-a"):
        tren = build_skm(Scope.system(), "wonoasih", kode).tren
        assert [(t.kode, t.responden, t.ikm) for t in tren[-2:]] == [
            ("uji-a", 1, Decimal("50.00")), ("uji-hasil", 5, Decimal("70.00"))]
        assert [t.kode for t in tren][0] == "2024-S2"


def test_a_period_without_answers_has_empty_figures_and_no_point_of_its_own():
    kecamatan = UnitLayanan.objects.get(slug="wonoasih")
    PeriodeSurvei.objects.create(pd=kecamatan.pd, kode="uji-kosong", nama="Kosong", mulai=MULAI,
                                 selesai=datetime.date(2030, 6, 30), populasi=100)
    h = build_skm(Scope.system(), "wonoasih", "uji-kosong")
    assert (h.total.responden, h.total.ikm, h.per_unit, h.per_layanan, h.kanal) == (0, None, (), (), ())
    assert [b.jumlah for b in h.jenis_layanan] == [0, 0]
    assert "uji-kosong" not in [t.kode for t in h.tren]
