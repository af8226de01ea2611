from django.template.response import TemplateResponse

from crm.models import AgentOutput


def home(request):
    last_changes = AgentOutput.objects.last_changes(request.user).recent()
    return TemplateResponse(request, "dashboard/user.html", {"last_changes": list(last_changes)})  # expect: scans-all [dj56m] cross
