"""The shape every document command shares: ``--unit SLUG --year YYYY --format F [--out PATH]``.

A subclass says how to build the document structure and how to render it; this class handles the
arguments, the one-line error for an unknown unit or year (``CommandError``, exit status 1), and
writing the file or printing JSON to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.galat import TidakDitemukan
from sakip.domain.reporting.berkas import FORMATS, Berkas


class DocumentCommand(BaseCommand):
    formats: tuple[str, ...] = tuple(FORMATS)

    def add_arguments(self, parser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        parser.add_argument("--year", required=True, type=int, help="tahun")
        parser.add_argument("--format", default="json", choices=self.formats)
        parser.add_argument("--out", type=Path, help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def build(self, **options):
        raise NotImplementedError

    def render(self, dok, fmt: str) -> Berkas:
        raise NotImplementedError

    def handle(self, *args, format: str, out: Path | None, **options) -> None:
        try:
            dok = self.build(**options)
        except TidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        if out is None and format != "json":
            raise CommandError(f"Format {format} perlu --out PATH.")
        berkas = self.render(dok, format)
        if out is not None:
            out = Path(out)
            out.write_bytes(berkas.isi)
            self.stderr.write(f"{berkas.nama} ditulis ke {out} ({len(berkas.isi)} bita).")
        else:
            sys.stdout.buffer.write(berkas.isi)
            sys.stdout.flush()
