from django.views.generic import ListView

from .mixins import OwnedByUserMixin
from .models import Campaign, Lead


class MyCampaignsView(OwnedByUserMixin, ListView):
    model = Campaign  # expect: prunes [dj11a] cross


class MyLeadsView(OwnedByUserMixin, ListView):
    model = Lead  # expect: scans-all [dj11b] cross
    paginate_by = 25
