from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from crm.sumo.models import ManagerBase


class QuestionManager(ManagerBase):
    # Solved or locked questions are "Done".
    def done(self):
        return self.filter(Q(status="solved") | Q(status="locked"))

    # Open questions nobody has solved need attention.
    def needs_attention(self):
        return self.filter(status="open")

    def new(self):
        return self.filter(status="new")

    def recently_unanswered(self):
        return self.new().filter(created_at__gte=timezone.now() - timedelta(hours=24))
