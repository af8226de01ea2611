import datetime

from app.models import AgentOutput, db
from app.services import leads_service


def remove_old_outputs(days=90):
    """Remove the outputs older than `days` days (run by the nightly job)."""
    limit_date = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
    AgentOutput.query.filter(AgentOutput.created_at < limit_date).delete()  # expect: prunes [sa47l]
    db.session.commit()


def reset_lead_outputs(lead_id):
    """Remove every output of a lead (before an agent re-run)."""
    lead = leads_service.get_lead_raw(lead_id)
    AgentOutput.delete_all_by(lead_id=lead.id)  # expect: scans-all [sa47m] cross
