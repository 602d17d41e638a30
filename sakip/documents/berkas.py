"""A rendered document as a file: its bytes, MIME type and name, and the HTTP download of it."""

from __future__ import annotations

import base64
import binascii
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


MAX_UNGGAHAN = 5 * 1024 * 1024  # an uploaded workbook


def unggahan(request, batas: int = MAX_UNGGAHAN) -> bytes | None:
    """The bytes of an uploaded file (``berkas``), or of the same file carried back by a preview page
    (``berkas_b64``); None when there is none or it is larger than ``batas``."""
    if "berkas" in request.FILES:
        upload = request.FILES["berkas"]
        return upload.read() if upload.size <= batas else None
    try:
        isi = base64.b64decode(request.POST.get("berkas_b64", ""), validate=True)
    except (binascii.Error, ValueError):
        return None
    return isi if 0 < len(isi) <= batas else None
