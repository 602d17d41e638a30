from django.urls import path

from sakip.reporting import views

app_name = "reporting"
urlpatterns = [
    path("pd/<slug:slug>/iku/<int:tahun>/", views.iku, name="iku"),
    path("pd/<slug:slug>/iku/<int:tahun>/unduh.<str:fmt>", views.iku_unduh, name="iku_unduh"),
]
