"""The API's door for text (issue 17): every string of a JSON body — keys and values, at any depth — without the
characters no document can hold (``core.teks.bersihkan``), as the middleware cleans a form's fields
(``core.teks``). Form and multipart bodies (evidence files) are ``request.POST``, which the middleware has
cleaned already; query strings too."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from ninja.parser import Parser

from sakip.core.teks import bersihkan


def bersihkan_json(nilai: Any) -> Any:
    """``nilai`` as parsed from JSON, every string in it cleaned."""
    if isinstance(nilai, str):
        return bersihkan(nilai)
    if isinstance(nilai, list):
        return [bersihkan_json(v) for v in nilai]
    if isinstance(nilai, dict):
        return {bersihkan(k): bersihkan_json(v) for k, v in nilai.items()}
    return nilai


class ParserBersih(Parser):
    """django-ninja's JSON parser, then :func:`bersihkan_json`."""

    def parse_body(self, request: HttpRequest) -> Any:
        return bersihkan_json(json.loads(request.body))
