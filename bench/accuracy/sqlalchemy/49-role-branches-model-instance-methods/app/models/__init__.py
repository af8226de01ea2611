from app.models.base import db
from app.models.lead import AgentOutput, Campaign, Lead
from app.models.setting import Setting
from app.models.user import User

__all__ = ["AgentOutput", "Campaign", "Lead", "Setting", "User", "db"]
