"""Benchmark of the Evaluasi AKIP's files (issue 18): prints its figures, asserts nothing.

    .venv/bin/python bench/lke_berkas.py

On a throwaway SQLite database with the demo data, Wonoasih 2024 with all 80 criteria answered by both sides (a
catatan and a rekomendasi on each): the LHE in Word and in PDF, the LKE worksheet in Excel, and the upload of that
worksheet with two cells changed — checked only (the preview) and checked and saved. Each with its query count.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from _ukur import muat_demo, timed  # noqa: E402  (bench/ is the script's directory)


def main() -> None:
    from django.db import transaction
    from openpyxl import load_workbook

    from sakip.core.scoping import Scope
    from sakip.documents.registry import jenis
    from sakip.domain.evaluasi import services
    from sakip.domain.evaluasi.dokumen import build_lke
    from sakip.domain.evaluasi.impor import impor_lke
    from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KriteriaLke
    from sakip.domain.evaluasi.naskah import build_lhe
    from sakip.domain.organisation.models import PerangkatDaerah

    muat_demo()
    scope = Scope.system()
    pd = PerangkatDaerah.objects.select_related("pemda").get(slug="wonoasih")
    evaluasi = (Evaluasi.objects.filter(pd=pd, tahun=2024).first()  # the demo's, when it has one
                or services.mulai_evaluasi(scope, pd=pd, tahun=2024))
    JawabanLke.objects.filter(evaluasi=evaluasi).delete()
    kriteria = list(KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke))
    JawabanLke.objects.bulk_create([JawabanLke(evaluasi=evaluasi, kriteria=k, pemda_id=pd.pemda_id, pd=pd,
                                               nilai_pd="A", nilai_evaluator="BB", catatan=f"Catatan {k.kode}",
                                               rekomendasi=f"Agar memperbaiki {k.kode}.") for k in kriteria])
    evaluasi.tahap = "reviu"
    evaluasi.save()
    lhe, lke = jenis("lhe"), jenis("lke")
    for fmt in ("docx", "pdf"):
        ms, q = timed(lambda fmt=fmt: lhe.berkas(build_lhe(scope, "wonoasih", 2024), fmt), repeat=5)
        size = len(lhe.berkas(build_lhe(scope, "wonoasih", 2024), fmt).isi)
        print(f"LHE {fmt}, {len(kriteria)} criteria with catatan and rekomendasi: {ms:.0f} ms median, {q} queries, "
              f"{size // 1024} KiB")
    ms, q = timed(lambda: lke.berkas(build_lke(scope, "wonoasih", 2024), "xlsx"), repeat=5)
    isi = lke.berkas(build_lke(scope, "wonoasih", 2024), "xlsx").isi
    print(f"LKE worksheet xlsx: {ms:.0f} ms median, {q} queries, {len(isi) // 1024} KiB")
    wb = load_workbook(io.BytesIO(isi))
    wb["LKE"]["G8"], wb["LKE"]["H8"] = "B", "Catatan dari berkas"
    out = io.BytesIO()
    wb.save(out)
    diisi = out.getvalue()
    ms, q = timed(lambda: impor_lke(scope, slug="wonoasih", tahun=2024, isi=diisi, simpan=False), repeat=5)
    print(f"upload check (preview) of the worksheet, 80 rows, 2 cells changed: {ms:.0f} ms median, {q} queries")

    class Batal(Exception):
        pass

    def simpan() -> None:
        try:
            with transaction.atomic():
                assert impor_lke(scope, slug="wonoasih", tahun=2024, isi=diisi, simpan=True).disimpan
                raise Batal
        except Batal:
            pass

    ms, q = timed(simpan, repeat=5)
    print(f"upload check and save (2 cells of 1 criterion, rolled back after): {ms:.0f} ms median, {q} queries")


if __name__ == "__main__":
    main()
