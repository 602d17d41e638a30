"""Start-up stays light (issue 21): no heavy library is imported before a command or a request needs it.

python-docx, openpyxl, matplotlib, Typst, WeasyPrint (and what they pull in: lxml, numpy) are imported by the
renderer that uses them (``cetak.py``, ``documents.word`` …, reached through the registry's dotted paths) or inside
the function that draws, writes or opens a file; never by ``django.setup()`` (apps, models, the registries of
documents and importers), by the URLconf a web worker loads, nor by a command that does not render. Each case runs
in a fresh process, since this test session has long imported them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

BERAT = ("matplotlib", "docx", "docxtpl", "openpyxl", "xlsxwriter", "typst", "weasyprint", "numpy", "lxml", "pypdf",
         "segno")
SETUP = "import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'sakip.settings'; django.setup()"
DAFTAR = f"json.dumps(sorted(m for m in {BERAT!r} if m in sys.modules))"  # the heavy modules held, as JSON
LAPOR = f"import json, sys; print('@' + {DAFTAR})"
# What the ``sakip`` console script runs (pyproject: sakip = "sakip.manage:main"), reporting at the process's exit.
SKRIP = ("import atexit, json, sys; sys.argv = {argv!r}; "
         f"atexit.register(lambda: print('@' + {DAFTAR})); "
         "from sakip.manage import main; main()")


def _dimuat(kode: str, tmp_path) -> list[str]:
    """The heavy modules held by a fresh Python process that ran ``kode`` (the JSON list it printed last, after @)."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["SAKIP_VAR_DIR"] = str(tmp_path / "var")  # its own secret key, nothing written to the project's var/
    done = subprocess.run([sys.executable, "-c", kode], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.rsplit("@", 1)[-1])


def test_django_setup_imports_no_heavy_library(tmp_path):
    """The apps, their models, ``ready()`` and the autodiscovered ``dokumen`` / ``impor`` modules."""
    assert _dimuat(f"{SETUP}; {LAPOR}", tmp_path) == []


def test_the_urlconf_of_a_web_worker_imports_no_heavy_library(tmp_path):
    """Every view module, as a worker loads them before its first request."""
    kode = f"{SETUP}; from django.urls import get_resolver; get_resolver().url_patterns; {LAPOR}"
    assert _dimuat(kode, tmp_path) == []


def _api_dibangun(kode: str, tmp_path) -> bool:
    """Whether a fresh process that ran ``kode`` after ``django.setup()`` built the API's routers."""
    lapor = "import json, sys; print('@' + json.dumps('sakip.composite.api.api' in sys.modules))"
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["SAKIP_VAR_DIR"] = str(tmp_path / "var")
    done = subprocess.run([sys.executable, "-c", f"{SETUP}\n{kode}\n{lapor}"], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return bool(json.loads(done.stdout.rsplit("@", 1)[-1]))


def test_a_web_worker_builds_the_api_only_for_the_api(tmp_path):
    """django-ninja's routers (~80 pydantic models, ``sakip.composite.api.api``) are built by the first resolve of
    an address under ``/api/v1/`` or the first ``reverse("api:…")`` (``api/urls.py: ResolverMalas``): not by the
    URLconf, a screen's address, a ``reverse`` of a screen (which populates every resolver) or a 404 elsewhere."""
    layar = ("from django.urls import Resolver404, get_resolver, resolve, reverse\n"
             "get_resolver().url_patterns; reverse('home'); reverse('token_api:cabut', args=[3]); "
             "resolve('/akun/token-api/')\n"
             "try:\n    resolve('/tidak/ada/')\nexcept Resolver404:\n    pass")
    assert _api_dibangun(layar, tmp_path) is False
    alamat = "/api/v1/pd/wonoasih/pengukuran/2024/1"
    assert _api_dibangun("from django.urls import reverse; "
                         f"assert reverse('api:pengukuran', args=['wonoasih', 2024, 1]) == {alamat!r}", tmp_path) is True
    assert _api_dibangun(f"from django.urls import resolve; m = resolve({alamat!r}); "
                         "assert (m.namespace, m.url_name) == ('api', 'pengukuran')", tmp_path) is True


@pytest.mark.parametrize("argv", [["sakip", "check"], ["sakip", "--help"], ["sakip", "lkjip", "--help"],
                                  ["sakip", "import", "--help"]])
def test_a_command_that_renders_nothing_imports_no_heavy_library(tmp_path, argv):
    """``check`` runs the system checks (the URLconf, the templates, the models); ``lkjip`` and ``import`` list
    their formats and importers from the registries."""
    assert _dimuat(SKRIP.format(argv=argv), tmp_path) == []


def test_the_column_letters_need_no_openpyxl():
    """``lembar.get_column_letter`` (imported by the import modules at start-up) gives openpyxl's letters: base 26
    without a zero, A–Z, then AA (27) … AZ (26 + 26 = 52), BA (53) … ZZ (26 + 26·26 = 702), AAA (703); Excel's last
    column XFD = 24·676 + 6·26 + 4 = 16.384; openpyxl's last ZZZ = 26·676 + 26·26 + 26 = 18.278."""
    from openpyxl.utils import get_column_letter as openpyxl_letter

    from sakip.documents.lembar import get_column_letter

    contoh = {1: "A", 2: "B", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16384: "XFD", 18278: "ZZZ"}
    assert {n: get_column_letter(n) for n in contoh} == contoh
    assert all(get_column_letter(n) == openpyxl_letter(n) for n in range(1, 18279))
    for salah in (0, -1, 18279):
        with pytest.raises(ValueError):
            get_column_letter(salah)
        with pytest.raises(ValueError):
            openpyxl_letter(salah)
