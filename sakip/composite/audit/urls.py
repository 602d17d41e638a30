from django.urls import path

from sakip.composite.audit import views

app_name = "audit"
urlpatterns = [
    path("aktivitas/", views.aktivitas, name="aktivitas"),
    path("indikator/<int:indikator_id>/riwayat/", views.riwayat_indikator, name="riwayat_indikator"),
]
