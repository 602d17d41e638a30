"""The API against its own OpenAPI description, fuzzed with schemathesis through the WSGI application (no server):
on every operation, generated parameters with a valid token never cause a 500 and every answer — status code,
content type, headers, body — is the one the description declares.

Two passes per operation: every parameter generated (mostly an unknown PD or a year without data: 404), then the
path's PD, pemda, SKM period and year fixed to the demo's Wonoasih 2024 so that quarters, versions and slices are
generated over real data. Examples per pass are limited (``CONTOH``) and derandomized so that CI is reproducible;
the whole module runs in well under a minute on the demo.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, given, settings

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
    strategi = operasi.as_strategy(schemathesis.GenerationMode.POSITIVE, headers=headers, path_parameters=parameter or None)

    @settings(max_examples=CONTOH, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=strategi)
    def uji(case):
        response = case.call(headers=headers)
        case.validate_response(response, headers=headers)
        berhasil.append(response.status_code < 400)

    uji()
    return sum(berhasil)


@override_settings(API_BATAS="100000/m")
def test_no_generated_input_breaks_the_description(token):
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024)
    headers = {"Authorization": f"Bearer {token('operator-wonoasih')}"}
    operasi = _operasi()
    assert len(operasi) == 16
    ringkas = {}
    for op in operasi:
        ringkas[op.label] = (_jalankan(op, headers, {}), _jalankan(op, headers, TETAP))
    # Each operation answered real data at least once in the pass on Wonoasih.
    assert [label for label, (_, nyata) in ringkas.items() if not nyata] == []
