from crm.models import AgentOutput


class Profile:
    """A subscriber: the archived emails sent from their addresses."""

    def __init__(self, user, addresses):
        self.user = user
        self.addresses = addresses

    @property
    def emails(self):
        return AgentOutput.objects.filter(body__in=self.addresses).order_by("created_at")

    def get_first_post(self, mlist):
        return self.emails.filter(lead__campaign=mlist).order_by("created_at").first()  # expect: scans-all [dj60x] cross

    def get_posts_since(self, since):
        return self.emails.filter(created_at__gte=since)


def user_profile(request, mlist):
    profile = Profile(request.user, [request.user.email])
    first_post = profile.get_first_post(mlist)
    recent = list(profile.get_posts_since(request.user.last_login)[:10])  # expect: prunes [dj60y] cross
    return {"first_post": first_post, "recent_posts": recent}
