from django.apps import AppConfig


class MeasurementConfig(AppConfig):
    name = "sakip.domain.measurement"
    label = "measurement"
    verbose_name = "Pengukuran kinerja dan anggaran"

    def ready(self) -> None:
        from sakip.core.scoping import Scope
        from sakip.domain.measurement.dokumen import build_pengukuran
        from sakip.domain.measurement.selectors import kelengkapan
        from sakip.domain.organisation.models import PerangkatDaerah
        from sakip.domain.workflow import kelengkapan as alur

        def triwulan(scope: Scope, pd: PerangkatDaerah, tahun: int, tw: int) -> alur.Kelengkapan:
            """The gaps of a quarter, for the workflow's check before a submission."""
            return kelengkapan(scope, pd, build_pengukuran(scope, pd.slug, tahun, tw))

        alur.daftar("pengukuran", triwulan)
