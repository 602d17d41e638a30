from django.urls import path

from sakip.domain.agreement import views

app_name = "agreement"
urlpatterns = [
    path("pd/<slug:slug>/pk/<int:tahun>/", views.pk, name="pk"),
    path("pd/<slug:slug>/pk/<int:tahun>/unduh.<str:fmt>", views.pk_unduh, name="pk_unduh"),
    path("pd/<slug:slug>/pk/<int:tahun>/buat/", views.pk_buat, name="pk_buat"),
    path("pd/<slug:slug>/pk/<int:tahun>/versi-baru/", views.pk_versi_baru, name="pk_versi_baru"),
    path("pd/<slug:slug>/pk/<int:tahun>/ubah/", views.pk_ubah, name="pk_ubah"),
]
