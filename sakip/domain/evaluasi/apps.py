from django.apps import AppConfig


class EvaluasiConfig(AppConfig):
    name = "sakip.domain.evaluasi"
    label = "evaluasi"
    verbose_name = "Evaluasi AKIP"

    def ready(self) -> None:
        # The follow-ups of recommendations wait in the inbox (and so in the reminder e-mails) of the workflow,
        # which sits below this app and cannot import it.
        from sakip.domain.evaluasi import antrean, tindak_lanjut
        from sakip.domain.workflow.selectors import SUMBER_KOTAK

        for kotak in (tindak_lanjut.kotak, antrean.kotak):  # the follow-ups; the evaluations' stages
            if kotak not in SUMBER_KOTAK:
                SUMBER_KOTAK.append(kotak)
