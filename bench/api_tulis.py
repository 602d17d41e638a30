"""Benchmark of the API v1's writes (issue 20, phase 2): prints its figures, asserts nothing.

    .venv/bin/python bench/api_tulis.py

On a throwaway SQLite database with the demo data, through Django's test client (no server), with an operator's
token of Wonoasih: one realisation changed (2024 TW IV, each run a new value sent with the value read), the whole
quarter re-sent as one batch (every row with an indicator, each value as read: every check runs, nothing changes), and
SKM questionnaires from a kiosk in batches of 1 and 100 (period 2026-S2) — median milliseconds and queries.
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

ISIAN = "/api/v1/pd/wonoasih/pengukuran/2024/4/isian"
KUESIONER = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "swasta",
             **{f"u{i}": 3 for i in range(1, 10)}}


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from sakip.composite.api.services import buat_token
    from sakip.core.scoping import Scope

    muat_demo()
    rahasia = buat_token(Scope.system(), user=get_user_model().objects.get(username="operator-wonoasih"),
                         nama="bench").rahasia
    client = Client(HTTP_AUTHORIZATION=f"Bearer {rahasia}")

    def post(url: str, isi: dict) -> None:
        response = client.post(url, json.dumps(isi), content_type="application/json")
        assert response.status_code == 200, response.content[:300]

    nilai = itertools.count(80)
    terakhir = [75]

    def satu() -> None:
        baru = next(nilai)
        post(ISIAN, {"baris": [{"indikator_id": 5, "realisasi": baru, "realisasi_awal": terakhir[0]}]})
        terakhir[0] = baru

    data = client.get("/api/v1/pd/wonoasih/pengukuran/2024/4").json()
    baris = [{"indikator_id": b["indikator_id"], "realisasi": b["realisasi"], "realisasi_awal": b["realisasi"]}
             for b in [*data["iku"], *data["rows"]] if b["indikator_id"]]
    ms, kueri = timed(satu)
    print(f"one realisation changed:                 {ms:8.1f} ms {kueri:5d} queries")
    sisa = [b for b in baris if b["indikator_id"] != 5]
    ms, kueri = timed(lambda: post(ISIAN, {"baris": sisa}))
    print(f"quarter re-sent, {len(sisa):3d} rows (unchanged):   {ms:8.1f} ms {kueri:5d} queries "
          f"({ms / len(sisa):.2f} ms/row)")
    skm = "/api/v1/pd/wonoasih/skm/2026-S2/respons"
    for n in (1, 100):
        ms, kueri = timed(lambda n=n: post(skm, {"unit": "wonoasih", "kanal": "kios", "respons": [KUESIONER] * n}))
        print(f"SKM from a kiosk, {n:3d} questionnaires:     {ms:8.1f} ms {kueri:5d} queries")


if __name__ == "__main__":
    main()
