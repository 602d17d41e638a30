from django.urls import path

from sakip.domain.agreement import views

app_name = "agreement"
urlpatterns = [
    path("pd/<slug:slug>/pk/<int:tahun>/", views.pk, name="pk"),
    path("pd/<slug:slug>/pk/<int:tahun>/unduh.<str:fmt>", views.pk_unduh, name="pk_unduh"),
]
