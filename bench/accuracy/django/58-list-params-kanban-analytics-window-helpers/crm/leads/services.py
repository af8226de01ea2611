from crm.models import AgentOutput


def convert_lead_to_account(lead_obj, request):
    """Moves the lead's comments to the new account and marks the lead converted."""
    AgentOutput.objects.filter(lead=lead_obj, kind="comment").update(kind="account_comment")  # expect: scans-all [dj58w]
    lead_obj.status = "converted"
    lead_obj.save()  # expect: scans-all [dj58x]
    return lead_obj
