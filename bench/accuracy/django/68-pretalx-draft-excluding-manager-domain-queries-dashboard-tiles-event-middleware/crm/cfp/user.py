from django.shortcuts import render
from django.utils.timezone import now

from crm.models import Lead


def user_submissions(request):
    submissions = request.event.leads.filter(user=request.user).order_by("-created_at")
    return render(request, "cfp/event/user_submissions.html", {"submissions": list(submissions)})  # expect: scans-all [dj68p]


def user_drafts(request, since):
    drafts = Lead.all_objects.filter(campaign=request.event, user=request.user, status="draft", created_at__gte=since)
    return render(request, "cfp/event/user_drafts.html", {"drafts": list(drafts)})  # expect: prunes [dj68q]


def withdraw(request, code):
    submission = request.event.leads.filter(email=code, user=request.user).first()  # expect: scans-all [dj68r]
    if submission:
        Lead.objects.filter(pk=submission.pk, created_at=submission.created_at).update(status="withdrawn")  # expect: prunes [dj68s]
    return render(request, "cfp/event/withdrawn.html", {})


def cleanup_old_drafts():
    """Periodic task: drafts nobody touched for a year go away."""
    cutoff = now().replace(year=now().year - 1)
    Lead.all_objects.filter(status="draft", created_at__lt=cutoff).delete()  # expect: prunes [dj68t]
