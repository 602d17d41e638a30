"""``sakip iku --unit SLUG --year YYYY --format json|docx|pdf [--out PATH]``."""

from sakip.core.scoping import Scope
from sakip.domain.reporting.berkas import berkas_iku
from sakip.domain.reporting.iku import build_iku
from sakip.domain.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis dokumen IKU perangkat daerah untuk satu tahun (JSON ke stdout bila tanpa --out)."

    def build(self, *, unit: str, year: int, **options):
        return build_iku(Scope.system(), unit, year)

    def render(self, dok, fmt: str):
        return berkas_iku(dok, fmt)
