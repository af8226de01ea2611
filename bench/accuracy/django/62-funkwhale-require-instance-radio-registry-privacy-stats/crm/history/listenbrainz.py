from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput


def _listenings_since(user, since):
    return AgentOutput.objects.filter(kind="listen", body=user.email, created_at__gte=since).order_by("created_at")


def submit_listens(user, settings):
    since = settings.get("listenbrainz_last_sync") or timezone.now() - timedelta(days=30)
    payload = []
    for listening in _listenings_since(user, since):  # expect: prunes [dj62B] cross
        payload.append({"listened_at": listening.created_at.timestamp(), "track": listening.lead_id})
    return payload
