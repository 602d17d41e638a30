"""The shape every document command shares: ``--unit SLUG --year YYYY --format F [--out PATH]``.

A subclass names its document kind (``jenis``, from :mod:`sakip.documents.registry`) and says how to
build the structure; this class handles the arguments (the formats come from the registry), the
one-line error for an unknown unit or year (``CommandError``, exit status 1), and writing the file or
printing JSON to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.galat import TidakDitemukan
from sakip.documents import registry


class DocumentCommand(BaseCommand):
    # No system checks before a document: they import the URLconf and every view module, ~0,3 s (over a second on
    # a loaded machine) of a command that reads and renders; ``sakip check`` and the server run them.
    requires_system_checks: list[str] = []
    jenis: str = ""  # the registry's kode of the document kind
    tahun: bool = True  # the command takes --year

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        if self.tahun:
            parser.add_argument("--year", required=True, type=int, help="tahun")
        parser.add_argument("--format", default="json", choices=registry.jenis(self.jenis).kode_format)
        parser.add_argument("--out", type=Path, help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def build(self, *, unit: str, **options: Any) -> registry.Struktur:
        """The document of ``unit``; ``options`` holds the parsed arguments (``year`` and the command's own)."""
        raise NotImplementedError

    def handle(self, *args: Any, format: str, out: Path | None, **options: Any) -> None:
        try:
            dok = self.build(**options)
        except TidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        if out is None and format != "json":
            raise CommandError(f"Format {format} perlu --out PATH.")
        berkas = registry.jenis(self.jenis).berkas(dok, format)
        if out is not None:
            out = Path(out)
            out.write_bytes(berkas.isi)
            self.stderr.write(f"{berkas.nama} ditulis ke {out} ({len(berkas.isi)} bita).")
        else:
            sys.stdout.buffer.write(berkas.isi)
            sys.stdout.flush()
