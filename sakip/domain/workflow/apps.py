from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "sakip.domain.workflow"
    label = "workflow"
    verbose_name = "Alur persetujuan dan jadwal"

    def ready(self) -> None:
        from sakip.core import kunci
        from sakip.domain.workflow.services import pastikan_tahun_terbuka

        kunci.daftar(pastikan_tahun_terbuka)
