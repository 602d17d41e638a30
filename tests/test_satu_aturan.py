"""Every reader uses the one rule: change a rule of an indicator or of its pemda, and every screen, document and
JSON that shows the indicator changes with it.

Wonoasih 2024, "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi" (seed 002): PK target 80 (%),
typed realisations s.d. TW I–IV 45,71 · 71,20 · 74,21 · 85,71, annual realisation 85,71 (Tabel 3.18).
The quarterly readers are looked at at TW III (approved, so the portal shows it too), the yearly ones (the
LKjIP in every format) at the year.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import RealisasiTahunan
from sakip.domain.organisation.models import Pemda
from sakip.domain.planning.models import Indikator
from sakip.domain.reporting.dokumen import LKJIP, build_lkjip

pytestmark = pytest.mark.django_db

KELOMPOK = "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi"
TW = 3


def _xlsx_text(data: bytes) -> str:
    """Every cell of a workbook as text; numbers the Indonesian way with two decimals (our own formatting)."""
    from openpyxl import load_workbook

    cells = []
    for ws in load_workbook(io.BytesIO(data), read_only=True).worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, int | float) and not isinstance(v, bool):
                    cells.append(f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", "."))
                elif v is not None:
                    cells.append(str(v))
    return "\n".join(cells)


def _docx_text(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _json_text(data: dict) -> str:
    """The JSON's numbers printed our own way, so they can be compared with the text formats."""
    out = []

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out.append(f"{v:.2f}".replace(".", ","))

    walk(data)
    return "\n".join(out)


def quarterly_readers(login, client) -> dict[str, str]:
    """What each reader of a quarter prints (TW III). The grid's .xlsx is an entry template without capaian."""
    cache.clear()
    out = {}
    op = login("operator-wonoasih")
    out["grid"] = op.get(reverse("measurement:grid", args=["wonoasih", 2024, TW])).content.decode()
    dasbor = reverse("dashboard:pd", args=["wonoasih", 2024]) + f"?tw={TW}"
    out["dasbor-pd"] = op.get(dasbor).content.decode()
    out["dasbor-pd.xlsx"] = _xlsx_text(op.get(dasbor + "&format=xlsx").content)
    admin = login("admin-probolinggo")
    pemda = reverse("dashboard:pemda", args=["kota-probolinggo", 2024]) + f"?tw={TW}"
    out["dasbor-pemda"] = admin.get(pemda).content.decode()
    out["dasbor-pemda.xlsx"] = _xlsx_text(admin.get(pemda + "&format=xlsx").content)
    client.logout()
    out["portal"] = client.get(reverse("portal:pd_tahun", args=["kota-probolinggo", "wonoasih", 2024])).content.decode()
    return out


def yearly_readers(login) -> dict[str, str]:
    """What each reader of the year prints: the LKjIP as JSON, Word, PDF, Excel and its screen."""
    dok = build_lkjip(Scope.system(), "wonoasih", 2024)
    html = login("operator-wonoasih").get(reverse("reporting:lkjip", args=["wonoasih", 2024])).content.decode()
    return {
        "json": _json_text(json.loads(json.dumps(dok.as_json()))),
        "docx": _docx_text(LKJIP.berkas(dok, "docx").isi),
        "pdf": _pdf_text(LKJIP.berkas(dok, "pdf").isi),
        "xlsx": _xlsx_text(LKJIP.berkas(dok, "xlsx").isi),
        "layar": html,
    }


def assert_everywhere(readers: dict[str, str], present: str, absent: str) -> None:
    for name, text in readers.items():
        assert present in text, f"{name} does not print {present}"
        assert absent not in text, f"{name} still prints {absent}"


def test_the_pemda_negative_formula_changes_every_reader_together(login, client):
    """Made lower-is-better. TW III, R = 74,21, T = 80:
    (2T − R) / T = 85,79 / 80 = 1,072375 → 107,24;  T / R = 80 / 74,21 = 1,07802… → 107,80.
    Year, R = 85,71:  (160 − 85,71) / 80 = 0,928625 → 92,86;  80 / 85,71 = 0,93338… → 93,34."""
    Indikator.objects.filter(pd__slug="wonoasih", nama=KELOMPOK, sasaran__isnull=False).update(polaritas="negatif")
    pemda = Pemda.objects.get(slug="kota-probolinggo")
    assert pemda.rumus_negatif == "selisih"
    assert_everywhere(quarterly_readers(login, client), "107,24", "107,80")
    assert_everywhere(yearly_readers(login), "92,86", "93,34")
    pemda.rumus_negatif = "bagi"
    pemda.save()
    assert_everywhere(quarterly_readers(login, client), "107,80", "107,24")
    assert_everywhere(yearly_readers(login), "93,34", "92,86")


def test_marking_an_indicator_averaged_changes_every_reader_together(login, client):
    """Averaged, each quarter's own value typed: s.d. TW III (45,71 + 71,20 + 74,21) / 3 = 63,7066… → 63,71,
    capaian 63,7066… / 80 = 79,633… → 79,63 (computed before rounding). Without the explicit annual value the
    year is (45,71 + 71,20 + 74,21 + 85,71) / 4 = 69,2075 → 69,21, capaian 86,509… → 86,51."""
    ind = Indikator.objects.get(pd__slug="wonoasih", nama=KELOMPOK, sasaran__isnull=False)
    before = quarterly_readers(login, client)
    assert all("92,76" in text for text in before.values())  # 74,21 / 80 (the latest quarter), everywhere
    ind.akumulasi = "rata_rata"
    ind.save()
    after = quarterly_readers(login, client)
    assert_everywhere(after, "79,63", "92,76")
    assert_everywhere({k: v for k, v in after.items() if k != "dasbor-pemda"}, "63,71", "74,21 %")
    RealisasiTahunan.objects.filter(indikator=ind, tahun=2024).delete()
    assert_everywhere(yearly_readers(login), "86,51", "107,14")


def test_a_quarter_in_which_the_ikm_is_not_measured_is_a_dash_never_0(login, client):
    """Wonoasih's IKM is measured per semester and the seed's TW II is 0 ("not measured yet", not loaded): in TW I–III
    it has no value, so no capaian and no category anywhere — never "0" or "0,00% Kurang"."""
    from sakip.composite.dashboard.dokumen_pd import build_dasbor_pd
    from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda

    ikm = "Indeks Kepuasan Masyarakat (IKM)"
    dasbor = build_dasbor_pd(Scope.system(), "wonoasih", 2024, 3)
    row = next(i for i in dasbor.indikator if i.nama == ikm)
    assert row.jalur[:3] == (None, None, None) and row.realisasi == "-" and row.kategori is None
    pemda = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 2)
    wonoasih = next(b for b in pemda.baris if b.slug == "wonoasih")
    assert wonoasih.ikm is None
    assert next(i for i in wonoasih.indikator if i.nama == ikm).kategori is None
    html = client.get(reverse("portal:pd_tahun", args=["kota-probolinggo", "wonoasih", 2024])).content.decode()
    table = html.split("data-portal-iku", 1)[1].split("</table>", 1)[0]
    cells = table.split(ikm, 1)[1].split("</tr>", 1)[0]
    dashes = re.findall(r'<td class="num" data-label="Realisasi s.d. TW \d">-</td>', cells)
    assert len(dashes) == 3 and ">0<" not in cells and "Kurang" not in cells
    # The LKjIP's quarterly path has no point for it before TW IV (a gap in the chart, not 0).
    dok = build_lkjip(Scope.system(), "wonoasih", 2024)
    assert [next(x for x in p.iku if x.nama == ikm).capaian.nilai for p in dok.triwulan[:3]] == [None, None, None]
