"""Text typed by users stays text in every spreadsheet sakip writes: never a live formula (issue 17, item 1)."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.domain.planning.models import Indikator

pytestmark = pytest.mark.django_db

JAHAT = '=HYPERLINK("http://x","y")'


def _cells(data: bytes) -> list:
    wb = load_workbook(io.BytesIO(data))
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("url", [
    reverse("reporting:lkjip_unduh", args=["wonoasih", 2024, "xlsx"]),
    reverse("measurement:unduh", args=["wonoasih", 2024, 4, "xlsx"]),
    reverse("dashboard:pd", args=["wonoasih", 2024]) + "?tw=4&format=xlsx",
    reverse("dashboard:pemda", args=["kota-probolinggo", 2024]) + "?tw=4&format=xlsx",
])
def test_a_name_typed_as_a_formula_is_exported_as_text(login, url):
    Indikator.objects.filter(pd__slug="wonoasih", nama__startswith="Persentase Kelompok").update(nama=JAHAT)
    client = login("admin")
    cells = _cells(client.get(url).content)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert any(c.value == JAHAT and c.data_type == "s" for c in cells)  # visible as typed
