from app.campaigns.models import Campaign
from app.leads.models import AgentOutput, Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
