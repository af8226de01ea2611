from app.models.leads import AgentOutput, Campaign, Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
