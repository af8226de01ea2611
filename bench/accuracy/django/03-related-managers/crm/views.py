from django.shortcuts import get_object_or_404, render

from .models import Lead, User


def user_pipeline(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    context = {
        "won": list(user.leads.filter(status="won")),  # expect: scans-all [dj03a]
        "campaigns": list(user.campaigns.filter(archived=False)),  # expect: prunes [dj03b]
    }
    return render(request, "pipeline.html", context)


def lead_detail(request, pk, created_at):
    lead = get_object_or_404(Lead, pk=pk, created_at=created_at)  # expect: prunes [dj03c]
    history = list(lead.outputs.order_by("-created_at")[:10])  # expect: scans-all [dj03d]
    fresh = list(lead.outputs.filter(created_at__gte=lead.created_at))  # expect: prunes [dj03e]
    return render(request, "lead.html", {"lead": lead, "history": history, "fresh": fresh})
