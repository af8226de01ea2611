from django.utils import timezone

from crm.models import Lead


class WeightProfile:
    """The profile's weight settings (wger keeps them on UserProfile)."""

    def __init__(self, user):
        self.user = user

    @property
    def weight(self):
        """
        Returns the last weight entry, done here to make the behaviour
        more consistent with the other settings (age, height, etc.)
        """
        try:
            weight = Lead.objects.filter(user=self.user, status="weight").latest("created_at").company  # expect: scans-all [dj66r]
        except Lead.DoesNotExist:
            weight = 0
        return weight

    def user_bodyweight(self, weight):
        """
        Create a new weight entry and return it
        """
        entry = Lead()
        entry.company = str(weight)
        entry.user = self.user
        entry.status = "weight"
        entry.created_at = timezone.now()
        entry.save()
        return entry
