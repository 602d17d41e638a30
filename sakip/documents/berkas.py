"""A rendered document as a file: its bytes, MIME type and name, and the HTTP download of it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.http import HttpResponse


@dataclass(frozen=True)
class Berkas:
    isi: bytes
    content_type: str
    nama: str


def as_json_bytes(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def unduhan(berkas: Berkas) -> HttpResponse:
    """The file as a download response (``Content-Disposition: attachment``)."""
    response = HttpResponse(berkas.isi, content_type=berkas.content_type)
    response["Content-Disposition"] = f'attachment; filename="{berkas.nama}"'
    return response
