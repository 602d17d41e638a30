from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sakip.domain.accounts"
    label = "accounts"
    verbose_name = "Akun dan akses"
