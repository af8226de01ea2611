from app.db.models import AgentOutput, Campaign, Lead, SqlAlchemyBase

__all__ = ["AgentOutput", "Campaign", "Lead", "SqlAlchemyBase"]
