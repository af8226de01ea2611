from mailman.database.transaction import dbconnection
from mailman.model.agent_output import AgentOutput


class BounceProcessor:
    @dbconnection
    def recent_events(self, store, member_id, since):
        return (
            store.query(AgentOutput)
            .filter(AgentOutput.kind == "bounce", AgentOutput.lead_id == member_id)
            .filter(AgentOutput.created_at >= since)
            .all()
        )  # expect: prunes [sa63p] cross
