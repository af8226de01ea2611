from crm.models import Campaign, Lead, RecentlyCreatedLead, TrashedLead
from crm.permissions import permission_campaign_view, permission_lead_restore, permission_lead_view
from crm.views.generics import ExternalObjectViewMixin, MultipleObjectConfirmActionView, SingleObjectListView


class LeadListView(SingleObjectListView):
    object_permission = permission_lead_view

    def get_source_queryset(self):
        return Lead.valid.all()  # expect: scans-all [dj52j] cross


class RecentLeadListView(LeadListView):
    def get_source_queryset(self):
        return RecentlyCreatedLead.valid.all()  # expect: prunes [dj52k] cross


class CampaignLeadListView(ExternalObjectViewMixin, SingleObjectListView):
    external_object_class = Campaign  # expect: prunes [dj52m] cross
    external_object_permission = permission_campaign_view
    external_object_pk_url_kwarg = "campaign_id"
    object_permission = permission_lead_view

    def get_source_queryset(self):
        return self.external_object.leads.all()  # expect: scans-all [dj52n] cross


class TrashedLeadRestoreView(MultipleObjectConfirmActionView):
    object_permission = permission_lead_restore
    source_queryset = TrashedLead.objects.all()  # expect: scans-all [dj52q] cross

    def object_action(self, instance):
        instance.restore()
