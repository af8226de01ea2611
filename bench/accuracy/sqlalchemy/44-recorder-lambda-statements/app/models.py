from app.recorder.db_schema import AgentOutput, Campaign, Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
