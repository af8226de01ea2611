from crm.models import Campaign, Lead


class HelpdeskUser:
    """The signed-in staff member and the queues they may work on."""

    def __init__(self, user):
        self.user = user

    def get_queues(self):
        all_queues = Campaign.objects.all()
        if not self.user.is_superuser:
            # Per-queue permission: only the queues this member owns.
            return all_queues.filter(user=self.user)
        return all_queues

    def get_tickets_in_queues(self):
        return Lead.objects.filter(campaign__in=self.get_queues())

    def can_access_ticket(self, ticket):
        return self.user.is_superuser or ticket.user_id == self.user.id


def huser_from_request(request):
    return HelpdeskUser(request.user)
