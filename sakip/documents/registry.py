"""The one registry of documents and formats: the only path from a computed structure to file bytes.

Each domain app declares its document kinds in its ``dokumen`` module (``daftar(JenisDokumen(...))``);
:class:`~sakip.documents.apps.DocumentsConfig` imports those modules at start-up. Commands
(:mod:`sakip.documents.perintah`), download views, the portal and publishing look a kind up here and
call :meth:`JenisDokumen.berkas`, so a download and a command's output are the same bytes.

Renderers are named by their dotted path and imported on first use, so that no command or request pays
for python-docx, openpyxl, Typst or WeasyPrint before it renders with them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.utils.module_loading import import_string

from sakip.documents.berkas import Berkas, as_json_bytes

MIME_JSON = "application/json"
MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_PDF = "application/pdf"


@dataclass(frozen=True)
class Format:
    kode: str  # the file extension: "docx"
    label: str  # what a button says: "Word"
    mime: str


FORMAT: dict[str, Format] = {f.kode: f for f in (
    Format("json", "JSON", MIME_JSON), Format("docx", "Word", MIME_DOCX), Format("pdf", "PDF", MIME_PDF),
    Format("xlsx", "Excel", MIME_XLSX))}


class Struktur(Protocol):
    """A document structure: JSON-ready data and the file name (without extension) of its files."""

    @property
    def nama_berkas(self) -> str: ...

    def as_json(self) -> dict: ...


@dataclass(frozen=True)
class JenisDokumen:
    """A kind of document: its name and, per format, the renderer (dotted path, structure → bytes).

    JSON needs no renderer: it is the structure's ``as_json()``.
    """

    kode: str
    nama: str
    render: Mapping[str, str] = field(default_factory=dict)

    @property
    def formats(self) -> tuple[Format, ...]:
        """The formats, documents first and JSON last (the order of a page's download buttons)."""
        return tuple(FORMAT[k] for k in ("docx", "pdf", "xlsx", "json") if k == "json" or k in self.render)

    @property
    def kode_format(self) -> tuple[str, ...]:
        return tuple(f.kode for f in self.formats)

    def punya(self, fmt: str) -> bool:
        return fmt in self.kode_format

    def renderer(self, fmt: str) -> Callable[[Any], bytes]:
        renderer: Callable[[Any], bytes] = import_string(self.render[fmt])
        return renderer

    def berkas(self, dok: Struktur, fmt: str) -> Berkas:
        """``dok`` as a file in ``fmt``."""
        if not self.punya(fmt):
            raise ValueError(f"{self.kode} has no format {fmt!r}")
        isi = as_json_bytes(dok.as_json()) if fmt == "json" else self.renderer(fmt)(dok)
        return Berkas(isi, FORMAT[fmt].mime, f"{dok.nama_berkas}.{fmt}")


_JENIS: dict[str, JenisDokumen] = {}


def daftar(jenis: JenisDokumen) -> JenisDokumen:
    """Register a kind of document (from its app's ``dokumen`` module); returns it."""
    if _JENIS.get(jenis.kode, jenis) != jenis:
        raise ValueError(f"document kind {jenis.kode!r} registered twice")
    _JENIS[jenis.kode] = jenis
    return jenis


def jenis(kode: str) -> JenisDokumen:
    return _JENIS[kode]


def semua() -> tuple[JenisDokumen, ...]:
    return tuple(_JENIS.values())
