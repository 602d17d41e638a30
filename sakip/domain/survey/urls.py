from django.urls import path

from sakip.domain.survey import views

app_name = "survey"
urlpatterns = [
    path("skm/<slug:unit>/", views.isi, name="isi"),
    path("skm/<slug:unit>/terima-kasih/", views.terima_kasih, name="terima_kasih"),
    path("skm/<slug:unit>/poster/", views.poster, name="poster"),
    path("skm/<slug:unit>/hasil/", views.hasil_publik, name="hasil_publik"),
    path("pd/<slug:slug>/skm/<slug:periode>/", views.hasil, name="hasil"),
    path("pd/<slug:slug>/skm/<slug:periode>/unduh.<str:fmt>", views.unduh, name="unduh"),
    path("pd/<slug:slug>/skm/<slug:periode>/entri/", views.entri, name="entri"),
    path("pd/<slug:slug>/skm/<slug:periode>/jadikan-iku/", views.jadikan_iku, name="jadikan_iku"),
    path("pd/<slug:slug>/skm/<slug:periode>/tindak-lanjut/", views.tindak_lanjut, name="tindak_lanjut"),
]
