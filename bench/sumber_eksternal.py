"""Benchmark of the external sources' values (issue 20): prints its figures, asserts nothing.

    .venv/bin/python bench/sumber_eksternal.py

On a throwaway SQLite database with the demo data, through Django's test client (no server): every indicator of
Wonoasih valid in 2024 declared from EPDESKEL (its code ``EPD-<id>``); a token of that source posts one value, then all
of them in one batch (2024 TW IV; each run replaces the values still waiting); the same batch as a CSV file through
``sakip impor_sumber``'s path (reading and receiving); and the operator accepting one value (written through the grid's
service with its history) — median milliseconds and queries.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
os.environ.setdefault("API_BATAS", "1000000/m")
os.environ.setdefault("RATELIMIT_ENABLE", "0")

import django  # noqa: E402

django.setup()

from _ukur import muat_demo, timed  # noqa: E402  (bench/ is the script's directory)

KIRIM = "/api/v1/pd/wonoasih/kiriman-eksternal"


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from sakip.composite.api.services import buat_token
    from sakip.core.scoping import Scope
    from sakip.domain.measurement import services_eksternal
    from sakip.domain.measurement.forms_eksternal import baca_csv
    from sakip.domain.measurement.models import KirimanEksternal
    from sakip.domain.organisation.models import PerangkatDaerah
    from sakip.domain.planning.models import Indikator

    muat_demo()
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    ids = [i.pk for i in Indikator.objects.filter(pd=pd).order_by("pk") if 2024 in i.tahun_target()]
    for pk in ids:
        Indikator.objects.filter(pk=pk).update(sumber_eksternal="EPDESKEL", kode_eksternal=f"EPD-{pk}")
    operator = get_user_model().objects.get(username="operator-wonoasih")
    rahasia = buat_token(Scope.system(), user=operator, nama="bench", pd=pd, hak=["lihat", "isi"],
                         sumber="EPDESKEL").rahasia
    client = Client(HTTP_AUTHORIZATION=f"Bearer {rahasia}")

    def post(nilai: list[dict]) -> None:
        response = client.post(KIRIM, json.dumps({"tahun": 2024, "triwulan": 4, "nilai": nilai}),
                               content_type="application/json")
        assert response.status_code == 201, response.content[:300]

    angka = itertools.count(80)
    ms, kueri = timed(lambda: post([{"kode": "EPD-5", "nilai": next(angka)}]))
    print(f"API, one value:                          {ms:8.1f} ms {kueri:5d} queries")
    semua = [{"kode": f"EPD-{pk}", "nilai": "100"} for pk in ids]
    ms, kueri = timed(lambda: post(semua))
    print(f"API, {len(semua):3d} values in one batch:          {ms:8.1f} ms {kueri:5d} queries "
          f"({ms / len(semua):.2f} ms/value)")
    csv = ("kode;tahun;triwulan;nilai\n" + "".join(f"EPD-{pk};2024;4;100\n" for pk in ids)).encode()
    ms, kueri = timed(lambda: services_eksternal.terima_kiriman(
        Scope.system(), pd=pd, sumber="EPDESKEL", isian=baca_csv(csv), dikirim_oleh="berkas CSV bench oleh perintah",
        kunci_pengirim="csv", medan=services_eksternal.medan_csv))
    print(f"CSV, {len(ids):3d} rows read and received:       {ms:8.1f} ms {kueri:5d} queries")
    scope = operator.akses.scope()
    post(semua)  # one waiting value per indicator; each run below accepts the next (9 runs: warm-up, 7, counted)
    antre = iter(list(KirimanEksternal.objects.filter(pd=pd, status="menunggu").select_related("indikator")
                      .order_by("pk")))
    ms, kueri = timed(lambda: services_eksternal.terima(scope, kiriman=next(antre), awal=None, oleh=operator))
    print(f"operator accepts one value:              {ms:8.1f} ms {kueri:5d} queries")

if __name__ == "__main__":
    main()
