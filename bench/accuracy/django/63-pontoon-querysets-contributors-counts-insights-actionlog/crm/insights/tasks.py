from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

from crm.models import AgentOutput, Lead


def get_translation_data(translations):
    counts = translations.values("email").annotate(count=Count("id"))
    return {row["email"]: row["count"] for row in counts}  # expect: prunes [dj63i] cross


def get_actions_data(start, end):
    actions = AgentOutput.objects.filter(
        created_at__gte=start, created_at__lt=end, kind__in=["translation:approved", "translation:rejected"]
    )
    return list(actions.values("kind").annotate(count=Count("id")))  # expect: prunes [dj63j]


def collect_insights():
    start_of_today = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    start = start_of_today - timedelta(days=1)
    return {
        "translations": get_translation_data(Lead.objects.between(start, start_of_today)),
        "actions": get_actions_data(start, start_of_today),
    }


def clean_old_action_log():
    cutoff = timezone.now() - timedelta(days=365)
    AgentOutput.objects.filter(created_at__lt=cutoff).delete()  # expect: prunes [dj63m]
