from django.urls import path

from sakip.domain.profil import views

app_name = "profil"
urlpatterns = [
    path("pd/<slug:slug>/profil/<int:tahun>/", views.profil, name="profil"),
]
