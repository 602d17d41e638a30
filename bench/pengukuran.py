"""Benchmark of the quarterly measurement (issue 3): prints its figures, asserts nothing.

    .venv/bin/python bench/pengukuran.py

On a throwaway SQLite database with the demo data: server time to build the pengukuran JSON of
Wonoasih 2024 TW IV and its query count; then the same after multiplying the rows (extra sub
kegiatan with indicators and budget lines) to show the query count does not grow; then the time to
import a full quarter from the .xlsx template (every realisation and spending cell filled) and to
save one grid row; then the grid's hot path as the browser calls it — the POST that saves one cell
and answers with its row and the quarter's total — beside building the whole quarter, which is what
that request used to do twice.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from _ukur import timed  # noqa: E402  (bench/ is the script's directory)
from django.core.management import call_command  # noqa: E402


def grow(pd, copies: int) -> int:
    """Add ``copies`` more sub kegiatan (with indicator, target, pagu, realisation, spending) per kegiatan."""
    from decimal import Decimal

    from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran
    from sakip.domain.planning.models import Indikator, Kegiatan, Nomenklatur, SubKegiatan, Target

    added = 0
    for kegiatan in Kegiatan.objects.filter(pd=pd, program__tahun=2024):
        used = set(SubKegiatan.objects.filter(kegiatan=kegiatan).values_list("nomenklatur_id", flat=True))
        free = Nomenklatur.objects.filter(induk=kegiatan.nomenklatur).exclude(pk__in=used)[:copies]
        for n in free:
            sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=n, urutan=99)
            ind = Indikator.objects.create(sub_kegiatan=sub, nama=f"Indikator {n.kode}", satuan="Dokumen")
            Target.objects.create(indikator=ind, tahun=2024, nilai=Decimal(12))
            Pagu.objects.create(sub_kegiatan=sub, nilai=Decimal(1_000_000))
            for tw in (1, 2, 3, 4):
                Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=tw, nilai=Decimal(3 * tw))
                RealisasiAnggaran.objects.create(sub_kegiatan=sub, triwulan=tw, nilai=Decimal(200_000 * tw))
            added += 1
    return added


def simpan_sel(pd, label: str) -> None:
    """The POST of one grid cell (htmx) as the operator, for an indicator cell and a spending cell."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from sakip.core.scoping import Scope
    from sakip.domain.measurement.dokumen import build_pengukuran

    client = Client()
    client.force_login(get_user_model().objects.get(username="operator-wonoasih"))
    p = build_pengukuran(Scope.system(), pd.slug, 2024, 4)
    url = reverse("measurement:simpan_baris", args=[pd.slug, 2024, 4])
    ind = next(b for b in p.baris if b.level == "sub_kegiatan" and b.indikator_id)
    line = next(b for b in p.baris if b.anggaran_diisi_di_sini and b.lokasi_id is None)
    posts = {
        "indicator cell": {"kunci": ind.kunci, "indikator": ind.indikator_id, "realisasi": "7"},
        "spending cell": {"kunci": line.kunci, "sub_kegiatan": line.sub_kegiatan_id, "realisasi_anggaran": "1.000"},
    }
    whole, whole_q = timed(lambda: build_pengukuran(Scope.system(), pd.slug, 2024, 4))
    print(f"{label}: whole quarter structure {whole:.1f} ms, {whole_q} queries ({len(p.baris)} rows; the old hot path "
          f"built it twice per saved cell)")
    for name, data in posts.items():
        def post(data=data) -> None:
            response = client.post(url, data, HTTP_HX_REQUEST="true")
            assert response.status_code == 200, response.status_code

        ms, queries = timed(post, repeat=9)
        print(f"  save one {name} (POST, row + total back): {ms:.1f} ms median, {queries} queries")


def main() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.measurement.cetak import pengukuran_xlsx
    from sakip.domain.measurement.dokumen import build_pengukuran
    from sakip.domain.measurement.impor import impor_pengukuran
    from sakip.domain.organisation.models import PerangkatDaerah

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    from sakip.domain.workflow.models import Pengajuan

    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")  # the demo approved (locked) TW I–III
    scope = Scope.system()
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    simpan_sel(pd, "grid hot path, Wonoasih 2024 TW IV as in the demo")
    p = build_pengukuran(scope, "wonoasih", 2024, 4)
    ms, queries = timed(lambda: build_pengukuran(scope, "wonoasih", 2024, 4).as_json())
    print(f"pengukuran JSON wonoasih 2024 TW IV: {len(p.baris)} rows, {ms:.1f} ms median, {queries} queries")
    added = grow(pd, 3)
    p = build_pengukuran(scope, "wonoasih", 2024, 4)
    ms, queries = timed(lambda: build_pengukuran(scope, "wonoasih", 2024, 4).as_json())
    print(f"  with {added} more sub kegiatan: {len(p.baris)} rows, {ms:.1f} ms median, {queries} queries")
    simpan_sel(pd, f"grid hot path with {added} more sub kegiatan")

    template = pengukuran_xlsx(build_pengukuran(scope, "wonoasih", 2024, 4))
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(template))
    ws = wb.worksheets[0]
    filled = 0
    for row in range(5, ws.max_row + 1):
        key = ws.cell(row, 1).value or ""
        for part in str(key).split("|"):
            if part.startswith("I:"):
                col = 5 if not ws.cell(row, 6).value else 11
                current = ws.cell(row, col).value
                ws.cell(row, col).value = (current or 0) + 1
                filled += 1
    buffer = io.BytesIO()
    wb.save(buffer)
    filled_file = buffer.getvalue()

    def run_import() -> None:
        hasil = impor_pengukuran(scope, slug="wonoasih", tahun=2024, triwulan=4, isi=filled_file, simpan=False)
        assert hasil.ok, hasil.kesalahan[:3]

    ms, queries = timed(run_import, repeat=3)
    print(f"import check of a full quarter ({filled} realisation cells): {ms:.0f} ms median, {queries} queries")
    start = time.perf_counter()
    hasil = impor_pengukuran(scope, slug="wonoasih", tahun=2024, triwulan=4, isi=filled_file, simpan=True)
    print(f"import check + save of {len(hasil.perubahan)} changes: {(time.perf_counter() - start) * 1000:.0f} ms")

    from sakip.domain.measurement.services import IsianRealisasi, simpan_baris
    from sakip.domain.planning.models import Indikator

    rows = [b for b in build_pengukuran(scope, "wonoasih", 2024, 3).baris if b.indikator_id]
    indikator = Indikator.objects.in_bulk([b.indikator_id for b in rows])
    start = time.perf_counter()
    for b in rows:
        value = b.realisasi.teks if b.realisasi.nilai is not None else "1"
        simpan_baris(scope, tahun=2024, triwulan=3, realisasi=IsianRealisasi(indikator[b.indikator_id], value))
    total = (time.perf_counter() - start) * 1000
    print(f"grid entry of a full quarter, row by row ({len(rows)} rows): {total:.0f} ms in all, "
          f"{total / len(rows):.1f} ms per row")


if __name__ == "__main__":
    main()
