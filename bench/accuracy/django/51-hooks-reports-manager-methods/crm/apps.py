from django.apps import AppConfig


class CrmConfig(AppConfig):
    name = "crm"

    def ready(self):
        from crm import crm_hooks, signals  # noqa: F401 - register the hooks and handlers
