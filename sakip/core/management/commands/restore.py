"""``sakip restore FILE [--paksa]``: put a backup back into an (empty) installation.

The archive is checked whole before anything is touched; a damaged, inconsistent or empty one is refused
with a message and exit status 1, the data as it was. The site is read-only while the restore runs.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.cadangan import CadanganError, pulihkan


class Command(BaseCommand):
    help = "Pulihkan cadangan sakip ke instalasi kosong (situs hanya-baca selama pemulihan)."

    def add_arguments(self, parser):
        parser.add_argument("berkas")
        parser.add_argument("--paksa", action="store_true", help="timpa basis data yang sudah berisi")

    def handle(self, *args, berkas, paksa=False, **options):
        try:
            manifest = pulihkan(Path(berkas), paksa=paksa)
        except CadanganError as exc:
            raise CommandError(f"Pemulihan dibatalkan: {exc}") from exc
        self.stdout.write(f"Cadangan {manifest['dibuat']} dipulihkan: {sum(manifest['baris'].values())} baris, "
                          f"{manifest['berkas']} berkas.")
