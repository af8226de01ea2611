from app.store.dbmodels import SqlAgentOutput as AgentOutput
from app.store.dbmodels import SqlCampaign as Campaign
from app.store.dbmodels import SqlLead as Lead

__all__ = ["AgentOutput", "Campaign", "Lead"]
