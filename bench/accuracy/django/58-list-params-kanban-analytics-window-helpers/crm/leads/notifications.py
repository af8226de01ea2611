import re
from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput

MENTION_RATE_LIMIT_SECONDS = 600


def _was_recently_mentioned(email, lead_id) -> bool:
    cutoff = timezone.now() - timedelta(seconds=MENTION_RATE_LIMIT_SECONDS)
    return AgentOutput.objects.filter(lead_id=lead_id, kind="lead.mentioned", body=email, created_at__gte=cutoff).exists()  # expect: prunes [dj58v]


def notify_mentions(lead, comment):
    for email in re.findall(r"@([\w.+-]+@[\w.-]+)", comment):
        if _was_recently_mentioned(email, lead.id):
            continue
        AgentOutput.objects.create(lead=lead, kind="lead.mentioned", body=email, created_at=timezone.now())
