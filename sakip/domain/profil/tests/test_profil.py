"""A PD's profile (LKjIP Bab I) as data: Wonoasih 2024 from seed 002, validation, the document structure."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.profil.models import ProfilPd, TabelProfil
from sakip.domain.profil.selectors import profil_dokumen

pytestmark = pytest.mark.django_db


def wonoasih():
    return PerangkatDaerah.objects.get(slug="wonoasih")


def test_wonoasih_2024_profile_from_the_seed():
    p = profil_dokumen(Scope.system(), wonoasih(), 2024)
    assert p.ada and p.tanggal.isoformat() == "2025-01-31"
    tables = {t.judul: t.tabel for u in p.uraian for t in u.tabel}
    assert len(tables) == 9
    luas = tables["Luas dan Jarak Kelurahan ke Kecamatan Wonoasih"]
    assert luas.jumlah == ("", "JUMLAH", "10,981", "")  # the area the seed's text gives; distances are not added
    agama = tables["Jumlah Penduduk menurut Kelompok Agama"]
    assert agama.jumlah[2] == "35.120"  # the seed's own total of the Islam column
    kewenangan = p.kewenangan
    assert len(kewenangan) == 44
    assert (kewenangan[0].tahun_lalu, kewenangan[0].tahun_ini) == ("8 Surat Keputusan", "20 Surat Keputusan")
    assert len(p.isu_strategis) == 11 and p.permasalahan[0].startswith("Uraian Tugas dan Fungsi")
    assert ("sekretariat", "Sekretariat", ("Subbagian Program dan Keuangan", "Subbagian Tata Usaha")) in p.unit
    assert len(p.kelurahan) == 6 and p.bagan_png is None  # no upload: the chart is drawn from the units


def test_next_year_shows_this_year_as_last_year_without_typing_it_again():
    from sakip.domain.profil.models import Kewenangan, PelaksanaanKewenangan

    first = Kewenangan.objects.filter(pd=wonoasih()).order_by("urutan").first()
    PelaksanaanKewenangan.objects.create(kewenangan=first, tahun=2025, uraian="25 Surat Keputusan")
    p = profil_dokumen(Scope.system(), wonoasih(), 2025)
    assert not p.ada  # no profile text for 2025 yet
    assert (p.kewenangan[0].tahun_lalu, p.kewenangan[0].tahun_ini) == ("20 Surat Keputusan", "25 Surat Keputusan")
    assert p.kewenangan[1].tahun_ini == "-"


def test_a_table_with_a_bad_cell_is_refused_with_row_and_column():
    uraian = ProfilPd.objects.get(pd__slug="wonoasih", tahun=2024).uraian.first()
    bad = TabelProfil(uraian=uraian, judul="Uji", kolom=["KELURAHAN", "L"], baris=[["A", "12"], ["B", "dua"]],
                      dijumlah=[1])
    with pytest.raises(ValidationError) as exc:
        bad.full_clean()
    assert exc.value.message_dict["baris"] == ["Baris 2, kolom 2 “L”: “dua” bukan angka."]


def test_another_pemda_cannot_read_the_profile():
    from django.contrib.auth import get_user_model

    other = get_user_model().objects.get(username="operator-sumberjambe")
    p = profil_dokumen(Scope.for_user(other), wonoasih(), 2024)
    assert not p.ada and p.kewenangan == () and p.unit == ()
