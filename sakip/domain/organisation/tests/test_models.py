"""Organisation rules: NIP, tenures of a post, who held a post on a date."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Jabatan, MasaJabatan, Pejabat, PerangkatDaerah, format_nip
from sakip.domain.organisation.selectors import get_pd, pejabat_pada

pytestmark = pytest.mark.django_db


def test_nip_is_shown_in_its_four_groups():
    assert format_nip("197812041998021001") == "19781204 199802 1 001"


def test_nip_typed_with_spaces_is_accepted_and_a_short_one_refused():
    pemda = PerangkatDaerah.objects.get(slug="wonoasih").pemda
    ok = Pejabat(pemda=pemda, nama="Uji", nip="19900101 201501 1 002")
    ok.full_clean()
    assert ok.nip == "199001012015011002"
    with pytest.raises(ValidationError) as info:
        Pejabat(pemda=pemda, nama="Uji", nip="1990").full_clean()
    assert "18 angka" in info.value.message_dict["nip"][0]


def test_the_wali_kota_on_a_date_is_whoever_held_the_post():
    jabatan = Jabatan.objects.get(pemda__slug="kota-probolinggo", pd=None, nama="Wali Kota Probolinggo")
    scope = Scope.system()
    january = pejabat_pada(scope, jabatan_id=jabatan.pk, tanggal=datetime.date(2024, 1, 15))
    february = pejabat_pada(scope, jabatan_id=jabatan.pk, tanggal=datetime.date(2024, 2, 15))
    november = pejabat_pada(scope, jabatan_id=jabatan.pk, tanggal=datetime.date(2024, 11, 15))
    assert january.pejabat.nama == "Dr. HABIB HADI ZAINAL ABIDIN, S.Pd., M.M., M.HP."
    assert (february.pejabat.nama, february.judul_jabatan) == ("NURKHOLIS", "Pj. Wali Kota Probolinggo")
    assert november.pejabat.nama == "M. TAUFIK KURNIAWAN"


def test_two_tenures_of_one_post_may_not_overlap():
    jabatan = Jabatan.objects.get(pemda__slug="kota-probolinggo", pd=None, nama="Wali Kota Probolinggo")
    someone = Pejabat.objects.create(pemda=jabatan.pemda, nama="Orang Lain")
    overlapping = MasaJabatan(jabatan=jabatan, pejabat=someone, mulai=datetime.date(2024, 3, 1),
                              selesai=datetime.date(2024, 3, 31))
    with pytest.raises(ValidationError) as info:
        overlapping.full_clean()
    assert "bertumpang tindih" in info.value.message_dict["mulai"][0]


def test_a_pd_outside_the_scope_is_not_found():
    from django.http import Http404

    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    scope = Scope(pemda_id=kanigaran.pemda_id, pd_id=kanigaran.pk, writes=True)
    assert get_pd(scope, "kanigaran") == kanigaran
    with pytest.raises(Http404):
        get_pd(scope, "wonoasih")
