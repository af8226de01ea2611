from django.conf import settings
from django.utils import timezone


def current_date():
    return timezone.now()


def str2bool(text):
    return str(text).lower() in ["1", "y", "yes", "t", "true", "ok", "on"]


def get_global_setting(key, default=None):
    return getattr(settings, "INVENTREE_SETTINGS", {}).get(key, default)
