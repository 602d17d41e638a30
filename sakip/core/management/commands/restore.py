"""``sakip restore FILE [--paksa]``: put a backup back into an (empty) installation."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.cadangan import CadanganError, pulihkan


class Command(BaseCommand):
    help = "Pulihkan cadangan sakip ke instalasi kosong."

    def add_arguments(self, parser):
        parser.add_argument("berkas")
        parser.add_argument("--paksa", action="store_true", help="timpa basis data yang sudah berisi")

    def handle(self, *args, berkas, paksa=False, **options):
        try:
            manifest = pulihkan(Path(berkas), paksa=paksa)
        except CadanganError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Cadangan {manifest['dibuat']} dipulihkan: {sum(manifest['baris'].values())} baris, "
                          f"{manifest['berkas']} berkas.")
