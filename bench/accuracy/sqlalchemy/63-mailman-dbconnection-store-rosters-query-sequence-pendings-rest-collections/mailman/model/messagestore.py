from mailman.database.transaction import dbconnection
from mailman.model.agent_output import AgentOutput


class MessageStore:
    @dbconnection
    def get_message_by_id(self, store, message_id):
        row = store.query(AgentOutput).filter_by(kind="message", body=message_id).first()  # expect: scans-all [sa63q]
        return None if row is None else row.body

    @dbconnection
    def messages_since(self, store, list_member_id, last_sent_at):
        query = store.query(AgentOutput).filter(AgentOutput.kind == "digest", AgentOutput.lead_id == list_member_id)
        return query.filter(AgentOutput.created_at > last_sent_at).order_by(AgentOutput.created_at).all()  # expect: prunes [sa63r] cross
