from django.db.models import Count
from django.forms.models import model_to_dict

from crm.core.helpers.outputs import annotate_outputs_with_lead, outputs_of
from crm.models import AgentOutput, Lead
from crm.rpc.api.forms import UpdateLeadForm
from crm.rpc.decorators import permissions_required, rpc_method


@rpc_method(name="Lead.filter", auth=permissions_required("crm.view_lead"))
def filter(query=None):  # noqa: A001 - the RPC method name
    """Search leads with field lookups sent by the client."""
    if query is None:
        query = {}
    return list(
        Lead.objects.annotate(num_outputs=Count("outputs"))
        .filter(**query)
        .values("id", "company", "email", "status", "created_at", "num_outputs")
        .order_by("id")
        .distinct()  # expect: scans-all [dj48a]
    )


@rpc_method(name="Lead.update", auth=permissions_required("crm.change_lead"))
def update(lead_id, values):
    lead = Lead.objects.get(pk=lead_id)  # expect: scans-all [dj48b]
    form = UpdateLeadForm(values, instance=lead)
    if form.is_valid():
        lead = form.save()  # expect: scans-all [dj48c] cross
        return model_to_dict(lead)
    raise ValueError(form.errors)


@rpc_method(name="Lead.add_output", auth=permissions_required("crm.add_agentoutput"))
def add_output(lead_id, created_at, kind, body=None):
    lead = Lead.objects.only("id", "created_at").get(pk=lead_id, created_at=created_at)  # expect: prunes [dj48e]
    AgentOutput.objects.create(lead=lead, kind=kind, body=body, created_at=lead.created_at)
    return annotate_outputs_with_lead(outputs_of(lead).filter(kind=kind))  # expect: prunes [dj48s] cross


@rpc_method(name="Lead.get_outputs", auth=permissions_required("crm.view_agentoutput"))
def get_outputs(lead_id):
    lead = Lead.objects.get(pk=lead_id)  # expect: scans-all [dj48f]
    return list(outputs_of(lead).values("id", "kind", "created_at"))  # expect: prunes [dj48d] cross


@rpc_method(name="Lead.remove_output", auth=permissions_required("crm.delete_agentoutput"))
def remove_output(lead_id, output_id=None):
    lead = Lead.objects.get(pk=lead_id)  # expect: scans-all [dj48t]
    to_be_deleted = outputs_of(lead)
    if output_id:
        to_be_deleted = to_be_deleted.filter(pk=output_id)
    to_be_deleted.delete()  # expect: prunes [dj48g] cross
