from django.db.models import Q

from crm.models import AgentOutput, Lead


class OpenTicketsByUser:
    def items(self, user, queue=None):
        if queue:
            return Lead.objects.filter(user=user).filter(campaign=queue).filter(Q(status="open") | Q(status="reopened")).order_by("-created_at")[:20]
        return Lead.objects.filter(user=user).filter(Q(status="open") | Q(status="reopened")).order_by("-created_at")[:20]


class RecentFollowUps:
    def items(self):
        return AgentOutput.objects.order_by("-created_at")[:20]


def render_feed(items):
    return [{"title": str(item), "link": "/tickets/%s/" % item.pk} for item in items]


def open_tickets_feed(request):
    items = list(OpenTicketsByUser().items(request.user))  # expect: scans-all [dj59A] cross
    return render_feed(items)


def recent_followups_feed(request):
    items = list(RecentFollowUps().items())  # expect: scans-all [dj59B] cross
    return render_feed(items)
