import arrow
from flask import current_app
from sqlalchemy import or_

from app import database
from app.leads.models import AgentOutput, Lead


def get(lead_id):
    """Retrieve a lead by its id."""
    return database.get(Lead, lead_id)


def get_by_email(email):
    return database.get(Lead, email, field="email")


def get_outputs(lead):
    """The outputs of a lead: never older than the lead itself."""
    query = database.get_all(AgentOutput, lead.id, field="lead_id")
    return query.filter(AgentOutput.created_at >= lead.created_at).order_by(AgentOutput.created_at).all()  # expect: prunes [sa45c] cross


def delete(lead_id):
    lead = get(lead_id)  # expect: scans-all [sa45f] cross
    database.delete(lead)  # expect: prunes [sa45g] cross


def render(args):
    """The leads list of the REST API: filters, then sort and page."""
    query = database.session_query(Lead)

    show_archived = args.pop("showArchived")
    if show_archived != 1:
        query = query.filter(Lead.status != "archived")

    filt = args.pop("filter")
    if filt:
        terms = filt.split(";")
        term = f"%{terms[1]}%"
        if "company" in terms:
            query = query.filter(Lead.company.ilike(term))
        elif "campaign" in terms:
            query = query.filter(Lead.campaign_id == int(terms[1]))
        elif "any" in terms:
            query = query.filter(or_(Lead.company.ilike(term), Lead.status == terms[1]))

    return database.sort_and_page(query, Lead, args)


def render_recent(args):
    """The "new this week" tab: the same list, limited to leads of the last days."""
    days = current_app.config.get("RECENT_LEADS_DAYS", 7)
    query = database.session_query(Lead).filter(Lead.created_at >= arrow.now().shift(days=-days).datetime)
    return database.sort_and_page(query, Lead, args)
