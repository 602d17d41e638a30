"""``sakip lke --unit SLUG --year YYYY --format json|docx|pdf|xlsx [--out PATH]``: a PD's LKE of a year with its
score (JSON), its worksheet (Excel) or its LHE, the Laporan Hasil Evaluasi (Word, PDF)."""

from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser

from sakip.core.scoping import Scope
from sakip.documents import registry
from sakip.documents.perintah import DocumentCommand
from sakip.domain.evaluasi.dokumen import DokumenLke, build_lke
from sakip.domain.evaluasi.naskah import DokumenLhe, build_lhe

LHE_FORMAT = ("docx", "pdf")  # the LHE's formats; the others are the worksheet's


class Command(DocumentCommand):
    help = ("Tulis Lembar Kerja Evaluasi AKIP perangkat daerah untuk satu tahun beserta nilai dan predikatnya "
            "(json, xlsx), atau Laporan Hasil Evaluasinya (docx, pdf).")
    jenis = "lke"

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        fmt = next(a for a in parser._actions if a.dest == "format")
        fmt.choices = [*registry.jenis("lke").kode_format, *LHE_FORMAT]

    def handle(self, *args: Any, format: str, out: Path | None, **options: Any) -> None:
        self.jenis = "lhe" if format in LHE_FORMAT else "lke"
        super().handle(*args, format=format, out=out, **options)

    def build(self, *, unit: str, **options: Any) -> DokumenLke | DokumenLhe:
        if self.jenis == "lhe":
            return build_lhe(Scope.system(), unit, options["year"])
        return build_lke(Scope.system(), unit, options["year"])
