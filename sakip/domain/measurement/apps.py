from django.apps import AppConfig


class MeasurementConfig(AppConfig):
    name = "sakip.domain.measurement"
    label = "measurement"
    verbose_name = "Pengukuran kinerja dan anggaran"
