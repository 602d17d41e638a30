from django.apps import AppConfig


class EvaluasiConfig(AppConfig):
    name = "sakip.domain.evaluasi"
    label = "evaluasi"
    verbose_name = "Evaluasi AKIP"

    def ready(self) -> None:
        # The follow-ups of recommendations wait in the inbox (and so in the reminder e-mails) of the workflow,
        # which sits below this app and cannot import it.
        from sakip.domain.evaluasi.tindak_lanjut import kotak
        from sakip.domain.workflow.selectors import SUMBER_KOTAK

        if kotak not in SUMBER_KOTAK:
            SUMBER_KOTAK.append(kotak)
