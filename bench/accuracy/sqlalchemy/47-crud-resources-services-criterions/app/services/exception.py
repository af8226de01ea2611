class LeadNotFoundException(Exception):
    pass


class CampaignNotFoundException(Exception):
    pass
