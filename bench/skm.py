"""Benchmark of the SKM (issue 5): prints its figures, asserts nothing.

    .venv/bin/python bench/skm.py [--seconds 15] [--connections 16]

1. IKM of a period with 100.000 answers: time and query count of ``build_skm`` (sums in the database).
2. Submitting questionnaires: gunicorn serves sakip on loopback; wrk (Debian package ``wrk``) posts
   the public form for a fixed time, each request with its own one-time token (pre-signed, as if
   each phone had loaded the form) and the CSRF cookie of one page load. Afterwards every accepted
   request (302) must be exactly one stored answer: "none lost".
The per-address rate limits are lifted for the run (all requests come from 127.0.0.1).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VAR = tempfile.mkdtemp(prefix="sakip-bench-skm-")
os.environ["SAKIP_VAR_DIR"] = VAR
os.environ["SAKIP_SKM_BATAS_PER_ALAMAT"] = str(10**9)
os.environ.setdefault("RATELIMIT_ENABLE", "0")  # the public pages' rate limit too (1 with high BATAS_* to measure its cost)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PORT = 8765
# One wrk thread walks the list of pre-signed tokens: every request carries its own.
LUA = """
local tokens = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
end
request = function()
  i = i + 1
  return wrk.format("POST", nil, nil, BODY .. "&token=" .. tokens[i])
end
"""


def ikm_100k() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.survey.dokumen import build_skm
    from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan

    unit = UnitLayanan.objects.get(slug="wonoasih")
    base = PeriodeSurvei.objects.get(pd=unit.pd, kode="2024-S2")
    periode = PeriodeSurvei.objects.create(pd=unit.pd, kode="bench-100k", nama="Bench", mulai=base.mulai,
                                           selesai=base.selesai, populasi=100_000, ditutup=True)
    rng = random.Random(1)
    rows = [Respons(periode=periode, unit=unit, pd=unit.pd, pemda_id=unit.pemda_id, kanal="bangkitan",
                    jenis_kelamin=rng.choice("LP"), usia="30-39", pendidikan="slta", pekerjaan="lainnya",
                    **{f"u{k}": rng.choice((2, 3, 3, 4, 4)) for k in range(1, 10)}) for _ in range(100_000)]
    Respons.objects.bulk_create(rows, batch_size=5000)
    build_skm(Scope.system(), "wonoasih", "bench-100k")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        hasil = build_skm(Scope.system(), "wonoasih", "bench-100k")
        times.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as ctx:
        build_skm(Scope.system(), "wonoasih", "bench-100k")
    print(f"full results of a period with {hasil.total.responden} answers (IKM, per unit, per service, profile, "
          f"trend): {min(times) * 1000:.0f} ms best, {sorted(times)[2] * 1000:.0f} ms median, "
          f"{len(ctx.captured_queries)} queries")
    from django.db.models import Count

    from sakip.domain.survey.selectors import SUMS
    from sakip.rumus import ikm

    times = []
    for _ in range(5):
        start = time.perf_counter()
        row = Respons.objects.filter(periode=periode).aggregate(n=Count("id"), **SUMS)
        value = ikm.ikm([ikm.nrr(row[f"s{i}"], row["n"]) for i in range(1, 10)])
        times.append(time.perf_counter() - start)
    print(f"IKM of a period with {row['n']} answers (one aggregate in the database): "
          f"{min(times) * 1000:.0f} ms best, {sorted(times)[2] * 1000:.0f} ms median; IKM {value}")


def submissions(seconds: int, connections: int) -> None:
    from sakip.domain.survey.forms import buat_token
    from sakip.domain.survey.models import Respons, UnitLayanan

    if not shutil.which("wrk"):
        print("wrk not found: apt-get install wrk")
        return
    call_command("collectstatic", interactive=False, verbosity=0)
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "sakip.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", "4", "--log-level", "warning"],
        cwd=ROOT, env=os.environ.copy())
    try:
        url = f"http://127.0.0.1:{PORT}/skm/wonoasih-sumber-taman/"
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        for _ in range(50):
            try:
                html = opener.open(url).read().decode()
                break
            except OSError:
                time.sleep(0.2)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
        unit = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")
        tokens = [buat_token(unit) for _ in range(seconds * 2500)]
        token_file = Path(VAR) / "tokens.txt"
        token_file.write_text("\n".join(tokens))
        body = (f"csrfmiddlewaretoken={csrf}&jenis_kelamin=P&usia=30-39&pendidikan=slta&pekerjaan=lainnya&"
                + "&".join(f"u{i}=4" for i in range(1, 10)))
        script = Path(VAR) / "post.lua"
        lua = LUA.replace("BODY", f'"{body}"')
        lua += f'\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\nwrk.headers["Cookie"] = "{cookie}"\n'
        script.write_text(lua)
        before = Respons.objects.filter(unit=unit).count()
        result = subprocess.run(
            ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "-s", str(script), url, "--",
             str(token_file)], capture_output=True, text=True)
        print(result.stdout.strip())
        stored = Respons.objects.filter(unit=unit).count() - before
        total = int(re.search(r"(\d+) requests in", result.stdout).group(1))
        non_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
        bad = int(non_ok.group(1)) if non_ok else 0
        # wrk counts completed requests; the few still in flight when it stops are stored too.
        verdict = "none lost" if total - bad <= stored <= total - bad + connections else "LOST OR DUPLICATED"
        print(f"submissions: {total} completed requests in {seconds} s = {total / seconds:.0f} per second; "
              f"{bad} refused; {stored} answers stored ({verdict}; tokens are unique, so none stored twice)")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    submissions(args.seconds, args.connections)
    ikm_100k()


if __name__ == "__main__":
    main()
