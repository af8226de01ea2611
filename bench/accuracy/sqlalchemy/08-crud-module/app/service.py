from app import crud
from app.models import AgentOutput


def outputs_for(session, lead_id):
    return session.scalars(crud.outputs_query(lead_id)).all()  # expect: scans-all [sa08a] cross


def outputs_for_since(session, lead_id, since):
    return session.scalars(crud.outputs_query(lead_id).where(AgentOutput.created_at >= since)).all()  # expect: prunes [sa08b] cross


def company_leads(session, company):
    return session.scalars(crud.leads_query(company=company)).all()  # expect: scans-all [sa08c] cross
