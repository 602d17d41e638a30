"""Rules the planning models keep, whatever writes to them."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning.models import (
    Indikator,
    Kegiatan,
    Nomenklatur,
    Program,
    Sasaran,
    Target,
)
from tests.helpers import rpjmd_sasaran_of

pytestmark = pytest.mark.django_db


def ikm_2019_2024() -> Indikator:
    return Indikator.objects.get(pd__slug="wonoasih", sasaran__tujuan__renstra__tahun_mulai=2019,
                                 nama="Indeks Kepuasan Masyarakat (IKM)")


def test_nomenclature_of_kecamatan_is_reference_data():
    assert Nomenklatur.objects.filter(level="program").count() == 6
    assert Nomenklatur.objects.filter(level="kegiatan").count() == 25
    gaji = Nomenklatur.objects.get(kode="7.01.01.2.02.0001")
    assert gaji.nama == "Penyediaan Gaji dan Tunjangan ASN"
    assert gaji.induk.kode == "7.01.01.2.02" and gaji.induk.induk.kode == "7.01.01"
    # Kegiatan 2.08 is named in the reference only through its sub kegiatan; seed 002 names it.
    assert Nomenklatur.objects.get(kode="7.01.01.2.08").nama == "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"
    assert not Nomenklatur.objects.filter(kode__startswith="7.01.01.2.16").exists()


def test_a_target_year_outside_the_renstra_period_is_refused():
    target = Target(indikator=ikm_2019_2024(), tahun=2030, nilai=Decimal("95"))
    with pytest.raises(ValidationError) as info:
        target.full_clean()
    assert "di luar periode" in info.value.message_dict["tahun"][0]


def test_a_program_target_belongs_to_the_program_year():
    indikator = Indikator.objects.filter(program__pd__slug="wonoasih", program__tahun=2024).first()
    with pytest.raises(ValidationError) as info:
        Target(indikator=indikator, tahun=2023, nilai=Decimal("1")).full_clean()
    assert "tahun" in info.value.message_dict


def test_children_inherit_pemda_and_pd_from_their_parent():
    indikator = ikm_2019_2024()
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    assert (indikator.pemda_id, indikator.pd_id) == (wonoasih.pemda_id, wonoasih.pk)
    assert all(t.pd_id == wonoasih.pk and t.pemda_id == wonoasih.pemda_id for t in indikator.target.all())


def test_a_sasaran_cannot_be_linked_to_the_rpjmd_of_another_pemda():
    pasuruan = Pemda.objects.get(slug="kota-pasuruan")
    sasaran = Sasaran.objects.filter(pd__slug="wonoasih").first()
    sasaran.sasaran_rpjmd = rpjmd_sasaran_of(pasuruan)
    with pytest.raises(ValidationError) as info:
        sasaran.full_clean()
    assert "pemda lain" in info.value.message_dict["sasaran_rpjmd"][0]


def test_a_kegiatan_must_belong_to_its_program_in_the_nomenclature():
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.02")
    foreign = Nomenklatur.objects.get(kode="7.01.03.2.02")
    with pytest.raises(ValidationError) as info:
        Kegiatan(program=program, nomenklatur=foreign).full_clean()
    assert "bukan bagian dari program 7.01.02" in info.value.message_dict["nomenklatur"][0]


def test_a_duplicate_program_code_in_a_year_is_refused():
    existing = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.03")
    with pytest.raises(ValidationError) as info:
        Program(pd=existing.pd, tahun=2024, nomenklatur=existing.nomenklatur).full_clean()
    assert "sudah ada" in str(info.value)


def test_an_indicator_has_exactly_one_owner():
    sasaran = Sasaran.objects.filter(pd__slug="wonoasih").first()
    program = Program.objects.filter(pd__slug="wonoasih").first()
    with pytest.raises(ValidationError):
        Indikator(sasaran=sasaran, program=program, nama="Ganda").full_clean()
    with pytest.raises(ValidationError):
        Indikator(nama="Yatim").full_clean()


def test_grade_targets_compute_on_the_number_and_show_the_grade():
    target = Target.objects.get(indikator__pd__slug="purworejo", indikator__nama="Nilai SAKIP SKPD", tahun=2023)
    assert target.nilai == Decimal("63") and target.huruf == "B" and target.tampil == "B (63,00)"
