from django.shortcuts import get_object_or_404, render

from crm.models import Lead


def lead_detail(request, pk):
    lead = get_object_or_404(Lead.objects.filter(user=request.user), pk=pk)  # expect: scans-all [dj32d]
    outputs = list(lead.recent_outputs())  # expect: scans-all [dj32e] cross
    fresh = lead.outputs_since_creation().count()  # expect: prunes [dj32f] cross
    return render(request, "crm/lead.html", {"lead": lead, "outputs": outputs, "fresh": fresh})
