"""``sakip pk --unit SLUG --year YYYY --format json|docx|pdf [--versi N] [--jabatan SLUG-or-id] [--out PATH]``."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.agreement.dokumen import DokumenPk, build_pk


class Command(DocumentCommand):
    help = ("Tulis Perjanjian Kinerja perangkat daerah untuk satu tahun, semua versi atau satu versi; dengan "
            "--jabatan, PK berjenjang jabatan di bawah pimpinan.")
    jenis = "pk"

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--versi", type=int, help="hanya versi ini (1, 2, ...); tanpa ini semua versi")
        parser.add_argument("--jabatan", help="PK berjenjang jabatan ini: id atau nama jabatan sebagai slug "
                                              "(sekretaris, kepala-seksi-pelayanan)")

    def build(self, *, unit: str, **options: Any) -> DokumenPk:
        return build_pk(Scope.system(), unit, options["year"], options.get("jabatan")).pilih(options.get("versi"))
