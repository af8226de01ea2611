from app.datastore import AgentOutput, Campaign, Lead
from app.views import AuthenticatedService


class ItemGet(AuthenticatedService):
    def get(self, item_id):
        query = Campaign.query.filter(Campaign.id == item_id)
        result = query.first()  # expect: scans-all [sa65s]
        if result is None:
            return {"status": "not found"}, 404

        revisions = Lead.query.filter(Lead.campaign_id == item_id).order_by(Lead.created_at.desc()).all()  # expect: scans-all [sa65t]
        return {"item": {"id": result.id, "name": result.name}, "revisions": [r.id for r in revisions], "auth": self.auth_dict}, 200


class AccountItemList(AuthenticatedService):
    """The items of one account page (the account id is part of the URL)."""

    def get(self, account_id):
        self.reqparse.add_argument("names", type=str, default=None, location="args")
        args = self.reqparse.parse_args()
        query = Campaign.query.filter(Campaign.user_id == account_id)
        if args.get("names"):
            query = query.filter(Campaign.name.in_(args["names"].split(",")))
        items = query.order_by(Campaign.name).all()  # expect: prunes [sa65u]
        return {"items": [{"id": i.id, "name": i.name} for i in items], "auth": self.auth_dict}, 200


class ItemAuditList(AuthenticatedService):
    def get(self, revision_id):
        issues = AgentOutput.query.filter(AgentOutput.lead_id == revision_id).filter(AgentOutput.kind == "issue").all()  # expect: scans-all [sa65v]
        return {"issues": [i.body for i in issues], "auth": self.auth_dict}, 200
