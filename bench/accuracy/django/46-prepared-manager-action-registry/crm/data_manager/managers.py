from django.db import models

from crm.data_manager.functions import apply_filters


class PreparedLeadManager(models.Manager):
    """The leads of a campaign as the data manager shows them: its filters and the selected rows."""

    def only_filtered(self, prepare_params=None):
        queryset = self.get_queryset().filter(campaign_id=prepare_params.campaign)
        queryset = apply_filters(queryset, prepare_params.filters)
        if prepare_params.selected_items:
            queryset = queryset.filter(id__in=prepare_params.selected_items)
        return queryset
