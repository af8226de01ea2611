from app.models.model import AgentOutput, Campaign, Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
