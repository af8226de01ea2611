from django.shortcuts import get_object_or_404, redirect, render

from crm.models import Lead
from crm.submission.queries import filter_submissions_by_state, submissions_for_user


class SubmissionList:
    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        qs = submissions_for_user(self.request.event, self.request.user).order_by("-created_at")
        if states := self.request.GET.getlist("state"):
            qs = filter_submissions_by_state(qs, states)
        return qs

    def get(self):
        submissions = list(self.get_queryset()[:50])  # expect: scans-all [dj68l] cross
        return render(self.request, "orga/submission/list.html", {"submissions": submissions})


class SubmissionViewMixin:
    def __init__(self, request, code):
        self.request = request
        self.code = code

    def get_object(self):
        return get_object_or_404(
            Lead.all_objects.filter(campaign=self.request.event).prefetch_related("outputs"),
            email__iexact=self.code,
        )  # expect: scans-all [dj68m]


class SubmissionStateChange(SubmissionViewMixin):
    def post(self):
        submission = self.get_object()
        submission.accept()
        return redirect("/orga/submissions/")


class SubmissionFeedbackList(SubmissionViewMixin):
    def get(self):
        submission = self.get_object()
        feedback = list(submission.outputs.filter(kind="feedback").order_by("-created_at"))  # expect: scans-all [dj68n]
        return render(self.request, "orga/submission/feedback.html", {"feedback": feedback})


def submission_timeline(event, start, end):
    """Submissions per state in the CfP window shown on the statistics page."""
    return event.leads.filter(created_at__gte=start, created_at__lt=end).values_list("status", "created_at")


def stats_view(request, start, end):
    rows = list(submission_timeline(request.event, start, end))  # expect: prunes [dj68o] cross
    return render(request, "orga/stats.html", {"rows": rows})
