"""``sakip lkjip --unit SLUG --year YYYY --format json|docx|pdf|xlsx [--out PATH]``: the LKjIP of a PD-year."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.reporting.dokumen import Lkjip, build_lkjip


class Command(DocumentCommand):
    help = "Tulis LKjIP perangkat daerah satu tahun: JSON (ke stdout bila tanpa --out), Word, PDF atau Excel."
    jenis = "lkjip"

    def build(self, *, unit: str, **options: Any) -> Lkjip:
        return build_lkjip(Scope.system(), unit, options["year"], pohon=True)
