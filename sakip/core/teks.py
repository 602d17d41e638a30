"""Text that enters sakip and text that leaves it: control characters removed, the rest kept as typed.

Word (.docx) and Excel (.xlsx) are XML, and XML 1.0 cannot hold the C0 control characters other than tab,
line feed and carriage return, nor U+FFFE/U+FFFF; PostgreSQL cannot store NUL. A browser, a pasted
spreadsheet or an old file can still send them (``\\x0b`` from a Word line break, ``\\x1b`` from a
terminal). sakip drops them:

- at the door: every request's GET and POST values (:class:`BersihkanMasukan`), and every text field of
  every model before it is saved (:func:`bersihkan_model`, a ``pre_save`` receiver, so imports, commands,
  a restore and the API are covered as well as forms);
- at every renderer (Word, Excel, Typst), for data stored before the door existed or written by
  ``QuerySet.update``.

Everything else is kept as typed: right-to-left and zero-width characters, emoji, a leading ``=`` (the
spreadsheet writer keeps it as text), markup (templates escape it, Typst gets string literals).
"""

from __future__ import annotations

import re
from typing import Any

from django.db import models
from django.http import QueryDict
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render

TERLARANG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def bersihkan(teks: str) -> str:
    """``teks`` without the characters no document can hold."""
    return TERLARANG.sub("", teks) if TERLARANG.search(teks) else teks


def bersih(nilai: Any) -> Any:
    """A value for a renderer: a text cleaned, anything else unchanged."""
    return bersihkan(nilai) if isinstance(nilai, str) else nilai


def bersihkan_model(sender, instance, **kwargs) -> None:
    """``pre_save`` receiver: every char/text field of the instance cleaned before it is written."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            nilai = getattr(instance, field.attname, None)
            if isinstance(nilai, str) and TERLARANG.search(nilai):
                setattr(instance, field.attname, TERLARANG.sub("", nilai))


def _bersihkan_querydict(data: QueryDict) -> QueryDict | None:
    """A cleaned copy of ``data``, or None when nothing in it needed cleaning (the common case)."""
    if not any(TERLARANG.search(k) or any(TERLARANG.search(v) for v in vs if isinstance(v, str))
               for k, vs in data.lists()):
        return None
    copy = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        copy.setlist(bersihkan(key), [bersih(v) for v in values])
    copy._mutable = False
    return copy


PANJANG_BAGIAN = "Request max total header size exceeded."  # Django's limit of 1.024 bytes per part's headers


def _kiriman_rusak(request, exc: MultiPartParserError):
    """A multipart body Django cannot read: 400 with what to do, recorded as a refusal (never a bare English 400)."""
    from sakip.core.penolakan import catat

    if str(exc) == PANJANG_BAGIAN:
        pesan = ("Nama berkas terlalu panjang (lebih dari ±900 karakter); ganti nama berkas menjadi lebih pendek, "
                 "lalu unggah lagi.")
    else:
        pesan = "Kiriman formulir rusak dan tidak dapat dibaca; muat ulang halaman, lalu kirim lagi."
    catat(request, f"Kiriman ditolak: {pesan}", 400)
    return render(request, "400.html", {"pesan": [pesan]}, status=400)


class BersihkanMasukan:
    """Middleware: the GET and POST values a view reads are already clean (a form never sees a NUL); a
    multipart body that cannot be read answers 400 with a message and is recorded; a page goes out without
    control characters. It sits after the scope middleware, so that refusal knows who sent it."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        get = _bersihkan_querydict(request.GET)
        if get is not None:
            request.GET = get
        if request.method == "POST" and request.content_type in ("application/x-www-form-urlencoded",
                                                                   "multipart/form-data"):
            try:
                post = _bersihkan_querydict(request.POST)
            except MultiPartParserError as exc:
                return _kiriman_rusak(request, exc)
            if post is not None:
                request.POST = post
        response = self.get_response(request)
        return bersihkan_halaman(response)


TERLARANG_BYTE = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")  # the same, in UTF-8


def bersihkan_halaman(response):
    """A page (HTML) without the control characters that old data (stored before the door) may still hold; one
    regular-expression search of the page when there is none, the common case."""
    if (not getattr(response, "streaming", False) and response.get("Content-Type", "").startswith("text/html")
            and TERLARANG_BYTE.search(response.content)):
        response.content = TERLARANG_BYTE.sub(b"", response.content)
    return response
