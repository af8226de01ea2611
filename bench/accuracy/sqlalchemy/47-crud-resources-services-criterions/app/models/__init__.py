from app.models.campaign import Campaign
from app.models.lead import AgentOutput, Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
