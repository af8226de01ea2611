from django.utils import timezone

from crm.models import AgentOutput


def log_action(action_type, user, translation):
    AgentOutput.objects.create(lead=translation, kind=action_type, body=user.email, created_at=timezone.now())
