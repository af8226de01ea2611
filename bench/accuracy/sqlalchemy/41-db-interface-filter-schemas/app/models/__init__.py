from app.orm_models import AgentOutput, Base, Campaign, Lead

from app.models import leads  # noqa: E402

__all__ = ["AgentOutput", "Base", "Campaign", "Lead", "leads"]
