from app.model.lead import AgentOutput, Lead
from app.model.meta import Session

__all__ = ["AgentOutput", "Lead", "Session"]
