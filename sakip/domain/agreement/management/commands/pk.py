"""``sakip pk --unit SLUG --year YYYY --format json|docx|pdf [--versi N] [--out PATH]``."""

from sakip.core.scoping import Scope
from sakip.domain.agreement.berkas import berkas_pk
from sakip.domain.agreement.pk import build_pk
from sakip.domain.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis Perjanjian Kinerja perangkat daerah untuk satu tahun, semua versi atau satu versi."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--versi", type=int, help="hanya versi ini (1, 2, ...); tanpa ini semua versi")

    def build(self, *, unit: str, year: int, versi: int | None = None, **options):
        return build_pk(Scope.system(), unit, year).pilih(versi)

    def render(self, dok, fmt: str):
        return berkas_pk(dok, fmt)

