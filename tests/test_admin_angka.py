"""The system admin's Django admin reads numbers with the same strict reader as every other form of sakip."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.domain.measurement.models import RealisasiTahunan

pytestmark = pytest.mark.django_db


def _post(client, row, nilai: str):
    url = reverse("admin:measurement_realisasitahunan_change", args=[row.pk])
    return client.post(url, {"indikator": row.indikator_id, "tahun": row.tahun, "nilai": nilai, "teks": row.teks,
                             "sumber": row.sumber})


def test_the_admin_reads_indonesian_numbers_and_refuses_letters(login):
    client = login("admin")
    row = RealisasiTahunan.objects.filter(pd__slug="wonoasih").first()
    page = client.get(reverse("admin:measurement_realisasitahunan_change", args=[row.pk])).content.decode()
    assert f'value="{str(row.nilai.normalize()).replace(".", ",")}"' in page  # shown as it is typed back
    assert _post(client, row, "1.234,5").status_code == 302
    row.refresh_from_db()
    assert row.nilai == Decimal("1234.5")
    for typed in ("1OO", "9O", "1,234.5"):
        html = _post(client, row, typed).content.decode()
        assert f"“{typed}”" in html, typed  # the exact text quoted back
        row.refresh_from_db()
        assert row.nilai == Decimal("1234.5")  # nothing saved
