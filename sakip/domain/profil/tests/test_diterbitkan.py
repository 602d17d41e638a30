"""``ProfilPd.diterbitkan``, the LKjIP's first publication on the portal: the migration's back-fill of the
publications made before the field existed (the earliest LKjIP publication of the same PD and year; a year without
a profile gets one), on whichever database the tests run."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from sakip.composite.portal.models import Publikasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.profil.models import ProfilPd

pytestmark = pytest.mark.django_db

migrasi = importlib.import_module("sakip.domain.profil.migrations.0003_profilpd_diterbitkan")


def terbit(pd: PerangkatDaerah, jenis: str, tahun: int, waktu: datetime) -> None:
    row = Publikasi.objects.create(pd=pd, jenis=jenis, tahun=tahun, judul="uji", berkas="publikasi/uji.pdf")
    Publikasi.objects.filter(pk=row.pk).update(diterbitkan=waktu)  # auto_now_add: moved to the case's time


def test_the_back_fill_takes_the_first_lkjip_publication_of_the_pd_and_year():
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    assert not ProfilPd.objects.filter(pd=kanigaran, tahun=2023).exists()
    pertama = datetime(2025, 2, 20, 3, 0, tzinfo=UTC)
    terbit(wonoasih, "lkjip", 2024, datetime(2025, 3, 5, 3, 0, tzinfo=UTC))  # published again later
    terbit(wonoasih, "lkjip", 2024, pertama)
    terbit(wonoasih, "skm", 2024, datetime(2025, 1, 2, 3, 0, tzinfo=UTC))  # an SKM report: not the LKjIP
    terbit(wonoasih, "lkjip", 2023, datetime(2024, 2, 1, 3, 0, tzinfo=UTC))  # another year without a profile
    terbit(kanigaran, "lkjip", 2023, datetime(2024, 2, 27, 3, 0, tzinfo=UTC))  # another PD without a profile
    sudah = datetime(2025, 1, 1, tzinfo=UTC)
    ProfilPd.objects.create(pd=kanigaran, tahun=2022, diterbitkan=sudah)  # already set: kept
    terbit(kanigaran, "lkjip", 2022, datetime(2023, 5, 1, tzinfo=UTC))
    sebelum = ProfilPd.objects.count()

    migrasi.tandai_terbit(apps, SimpleNamespace(connection=connection))

    assert ProfilPd.objects.count() == sebelum + 2  # Wonoasih 2023 and Kanigaran 2023
    terbit_per = {(p.pd.slug, p.tahun): p.diterbitkan for p in ProfilPd.objects.select_related("pd")
                  .filter(diterbitkan__isnull=False)}
    assert terbit_per == {("wonoasih", 2024): pertama, ("wonoasih", 2023): datetime(2024, 2, 1, 3, 0, tzinfo=UTC),
                          ("kanigaran", 2023): datetime(2024, 2, 27, 3, 0, tzinfo=UTC), ("kanigaran", 2022): sudah}
    baru = ProfilPd.objects.get(pd=kanigaran, tahun=2023)
    assert (baru.pemda_id, baru.tanggal, baru.pendahuluan) == (kanigaran.pemda_id, None, "")
    wonoasih_2024 = ProfilPd.objects.get(pd=wonoasih, tahun=2024)
    assert wonoasih_2024.tanggal.isoformat() == "2025-01-31"  # the typed profile untouched
    # run again: nothing changes
    migrasi.tandai_terbit(apps, SimpleNamespace(connection=connection))
    assert ProfilPd.objects.count() == sebelum + 2

