from django.urls import path

from sakip.domain.reporting import views

app_name = "reporting"
urlpatterns = [
    path("pd/<slug:slug>/lkjip/<int:tahun>/", views.lkjip, name="lkjip"),
    path("pd/<slug:slug>/lkjip/<int:tahun>/unduh.<str:fmt>", views.lkjip_unduh, name="lkjip_unduh"),
    path("pd/<slug:slug>/lkjip/<int:tahun>/analisis/<int:indikator_id>/", views.analisis, name="analisis"),
]
