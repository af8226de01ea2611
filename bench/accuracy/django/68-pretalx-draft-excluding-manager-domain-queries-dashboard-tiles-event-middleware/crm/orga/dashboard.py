import datetime

from django.shortcuts import render
from django.utils.timezone import now

from crm.models import Lead
from crm.submission.queries import logged_actions, recent_submissions, reviews_for_event, unreviewed_submissions_for_user


class EventDashboardView:
    template_name = "orga/event/dashboard.html"

    def __init__(self, request):
        self.request = request

    def get_cfp_tiles(self):
        draft_proposals = Lead.all_objects.filter(status="draft", campaign=self.request.event).count()  # expect: scans-all [dj68d]
        return [{"large": draft_proposals, "small": "unsubmitted proposal drafts"}] if draft_proposals else []

    def get_review_tiles(self):
        review_count = reviews_for_event(self.request.event).count()  # expect: scans-all [dj68e] cross
        return [{"large": review_count, "small": "reviews"}] if review_count else []

    def reviews_missing(self):
        return unreviewed_submissions_for_user(self.request.event, self.request.user).count()  # expect: scans-all [dj68f] cross

    def get_context_data(self):
        event = self.request.event
        result = {"tiles": self.get_cfp_tiles() + self.get_review_tiles()}
        talk_count = event.talks.count()  # expect: scans-all [dj68g] cross
        accepted_count = event.leads.filter(status="accepted").count()  # expect: scans-all [dj68h]
        submission_count = event.leads.count()  # expect: scans-all [dj68i]
        new_this_week = recent_submissions(event).count()  # expect: prunes [dj68j] cross
        result["tiles"].append({"large": talk_count or accepted_count, "small": "sessions"})
        result["tiles"].append({"large": submission_count, "small": "proposals", "new": new_this_week})
        result["history"] = list(logged_actions(now() - datetime.timedelta(hours=24))[:20])  # expect: prunes [dj68k] cross
        result["missing"] = self.reviews_missing()
        return result

    def get(self):
        return render(self.request, self.template_name, self.get_context_data())
