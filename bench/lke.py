"""Benchmark of the Evaluasi AKIP (issue 18): prints its figures, asserts nothing.

    .venv/bin/python bench/lke.py

On a throwaway SQLite database with the demo data: the time to load the 88/2021 worksheet (80 criteria) for a
pemda's year; the LKE JSON of Wonoasih 2024 with every criterion answered by both sides; the worksheet page as the
operator opens it; saving one criterion as htmx does (the worksheet drawn again with its new nilai); the
evaluator's list of the pemda's PD. Each with its query count.
"""

from __future__ import annotations

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
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test import Client
    from django.urls import reverse

    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi import services
    from sakip.domain.evaluasi.dokumen import build_lke
    from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KriteriaLke, Lke
    from sakip.domain.organisation.models import PerangkatDaerah

    muat_demo()
    scope = Scope.system()
    pd = PerangkatDaerah.objects.select_related("pemda").get(slug="wonoasih")

    class Batal(Exception):
        pass

    def muat() -> None:
        try:
            with transaction.atomic():
                services.siapkan_lke(scope, pemda=pd.pemda, tahun=2030)
                raise Batal
        except Batal:
            pass

    ms, q = timed(muat)
    print(f"load the 88/2021 worksheet (4 komponen, 12 sub-komponen, 80 criteria): {ms:.1f} ms median, {q} queries")

    evaluasi = (Evaluasi.objects.filter(pd=pd, tahun=2024).first()  # the demo's, when it has one
                or services.mulai_evaluasi(scope, pd=pd, tahun=2024))
    JawabanLke.objects.filter(evaluasi=evaluasi).delete()
    kriteria = list(KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke))
    JawabanLke.objects.bulk_create([JawabanLke(evaluasi=evaluasi, kriteria=k, pemda_id=pd.pemda_id, pd=pd,
                                               nilai_pd="A", nilai_evaluator="BB", catatan="catatan",
                                               rekomendasi="rekomendasi") for k in kriteria])
    ms, q = timed(lambda: build_lke(scope, "wonoasih", 2024).as_json())
    dok = build_lke(scope, "wonoasih", 2024)
    print(f"LKE JSON wonoasih 2024, {len(kriteria)} criteria answered (Nilai AKIP {dok.nilai_akip_teks}): "
          f"{ms:.1f} ms median, {q} queries")

    operator = Client()
    operator.force_login(get_user_model().objects.get(username="operator-wonoasih"))
    url = reverse("evaluasi:lke", args=["wonoasih", 2024])
    ms, q = timed(lambda: operator.get(url))
    print(f"worksheet page (operator, GET): {ms:.1f} ms median, {q} queries")
    evaluasi.tahap = "reviu"
    evaluasi.save()
    evaluator = Client()
    evaluator.force_login(get_user_model().objects.get(username="inspektorat-probolinggo"))
    simpan = reverse("evaluasi:simpan", args=["wonoasih", 2024, "2.b.3"])
    nilai = iter(["B", "BB"] * 20)

    def post() -> None:
        response = evaluator.post(simpan, {"sisi": "evaluator", "nilai_evaluator": next(nilai)}, HTTP_HX_REQUEST="true")
        assert response.status_code == 200, response.status_code

    ms, q = timed(post)
    print(f"save one criterion (evaluator, htmx POST, the worksheet drawn again): {ms:.1f} ms median, {q} queries")
    daftar = reverse("evaluasi:daftar", args=["kota-probolinggo", 2024])
    ms, q = timed(lambda: evaluator.get(daftar))
    print(f"the pemda's list of evaluations (evaluator, GET): {ms:.1f} ms median, {q} queries")
    print(f"worksheets stored: {Lke.objects.count()}")


if __name__ == "__main__":
    main()
