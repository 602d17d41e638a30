"""``sakip lkjip --unit SLUG --year YYYY --format json|docx|pdf|xlsx [--out PATH]``: the computed LKjIP structure.

Word and PDF hold Bab III–IV and the charts; Bab I–II are not built yet.
"""

from sakip.core.scoping import Scope
from sakip.domain.reporting.berkas import Berkas
from sakip.domain.reporting.lkjip import berkas_lkjip, build_lkjip
from sakip.domain.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis struktur LKjIP (angka Bab III, Tabel 3.26, pemeriksaan konsistensi) sebagai JSON."
    formats = ("json", "docx", "pdf", "xlsx")

    def build(self, *, unit: str, year: int, **options):
        return build_lkjip(Scope.system(), unit, year)

    def render(self, dok, fmt: str) -> Berkas:
        return berkas_lkjip(dok, fmt)
