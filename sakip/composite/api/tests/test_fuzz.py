"""The API against its own OpenAPI description, fuzzed with schemathesis through the WSGI application (no server):
on every operation, generated parameters (and bodies of the writes) with a valid token never cause a 500 and every
answer — status code, content type, headers, body — is the one the description declares.

Two passes per operation: every parameter generated (mostly an unknown PD or a year without data: 404), then the
path's PD, pemda, SKM period and year fixed to the demo's Wonoasih 2024 so that quarters, versions and slices are
generated over real data. Examples per pass are limited (``CONTOH``) and derandomized so that CI is reproducible;
the whole module runs in well under a minute on the demo.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from sakip.wsgi import application

pytestmark = pytest.mark.django_db

CONTOH = 12  # examples per operation and pass
TETAP = {"slug": "wonoasih", "pemda": "kota-probolinggo", "periode": "2024-S2", "tahun": 2024}


def _operasi():
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    return [hasil.ok() for hasil in schema.get_all_operations()]


def _jalankan(operasi, headers: dict[str, str], tetap: dict[str, str]) -> int:
    """Fuzz one operation; the number of answers that were not errors of the caller's input (2xx/304)."""
    berhasil = []
    parameter = {k: v for k, v in tetap.items() if k in operasi.path_parameters}
    # A write's body may be well formed and still refused by the rules (a value without the value read, above the
    # pagu): 422 is its answer, not a defect, so only the reads must accept every schema-valid input.
    kecuali = [positive_data_acceptance] if operasi.method.upper() == "POST" else []
    strategi = operasi.as_strategy(schemathesis.GenerationMode.POSITIVE, headers=headers, path_parameters=parameter or None)

    @settings(max_examples=CONTOH, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=strategi)
    def uji(case):
        response = case.call(headers=headers)
        case.validate_response(response, headers=headers, excluded_checks=kecuali)
        berhasil.append(response.status_code < 400)

    uji()
    return sum(berhasil)


@pytest.fixture
def koneksi_tetap():
    """Keep the test's database connection across the WSGI calls, as Django's test client does: a request's end
    closes a connection it deems obsolete (with CONN_MAX_AGE 0, every one), which would close the connection the
    test's transaction lives on (PostgreSQL: "the connection is closed")."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@override_settings(API_BATAS="100000/m")
def test_no_generated_input_breaks_the_description(token, koneksi_tetap):
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024)
    headers = {"Authorization": f"Bearer {token('operator-wonoasih')}"}
    operasi = _operasi()
    assert len(operasi) == 22  # 20, and the external sources' list and post (v1/eksternal.py)
    ringkas = {}
    for op in operasi:
        ringkas[op.label] = (_jalankan(op, headers, {}), _jalankan(op, headers, TETAP))
    # Each read answered real data at least once in the pass on Wonoasih; a write with generated bodies (ids that
    # exist nowhere, values without the value read, a locked quarter) is refused 404/409/422, never 500.
    assert [label for label, (_, nyata) in ringkas.items() if not nyata and not label.startswith("POST")] == []
