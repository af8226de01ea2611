def get_next_lead(user, prepared_leads, campaign):
    """The first lead nobody finished yet, in id order."""
    not_solved_leads = prepared_leads.exclude(outputs__kind="final")
    next_lead = not_solved_leads.order_by("id").first()  # expect: scans-all [dj46f] cross
    return next_lead
