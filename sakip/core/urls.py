from django.urls import path

from sakip.core import views

app_name = "core"
urlpatterns = [
    path("aktivitas/", views.aktivitas, name="aktivitas"),
    path("indikator/<int:indikator_id>/riwayat/", views.riwayat_indikator, name="riwayat_indikator"),
]
