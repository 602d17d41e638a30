from django.apps import AppConfig


class MeasurementConfig(AppConfig):
    name = "sakip.domain.measurement"
    label = "measurement"
    verbose_name = "Pengukuran kinerja dan anggaran"

    def ready(self) -> None:
        from django.core.exceptions import ValidationError
        from django.urls import reverse

        from sakip.core.scoping import Scope
        from sakip.domain.measurement.dokumen import build_pengukuran
        from sakip.domain.measurement.selectors import kelengkapan
        from sakip.domain.measurement.selectors_eksternal import jumlah_menunggu
        from sakip.domain.organisation.models import PerangkatDaerah
        from sakip.domain.workflow import kelengkapan as alur

        def triwulan(scope: Scope, pd: PerangkatDaerah, tahun: int, tw: int) -> alur.Kelengkapan:
            """The gaps of a quarter, for the workflow's check before a submission; a quarter with values of
            external sources still waiting for the operator is refused outright (no confirmation submits it)."""
            menunggu = jumlah_menunggu(scope, pd, tahun, tw)
            if menunggu:
                alamat = reverse("measurement:kiriman", args=[pd.slug, tahun, tw])
                raise ValidationError({"konfirmasi": (
                    f"{menunggu} nilai dari sumber eksternal menunggu konfirmasi; terima atau tolak dulu di {alamat}. "
                    "Tidak ada yang diajukan.")})
            return kelengkapan(scope, pd, build_pengukuran(scope, pd.slug, tahun, tw))

        alur.daftar("pengukuran", triwulan)
