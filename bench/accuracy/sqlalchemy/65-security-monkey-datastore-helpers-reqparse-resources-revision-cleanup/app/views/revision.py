from app.datastore import AgentOutput, Campaign, Lead
from app.views import AuthenticatedService


class RevisionGet(AuthenticatedService):
    def get(self, revision_id):
        query = Lead.query.filter(Lead.id == revision_id)
        result = query.first()  # expect: scans-all [sa65o]
        if result is None:
            return {"status": "not found"}, 404

        comments = AgentOutput.query.filter(AgentOutput.lead_id == revision_id, AgentOutput.kind == "comment").all()  # expect: scans-all [sa65p]
        revision_marshaled = {"id": result.id, "arn": result.email, "comments": [c.body for c in comments]}

        self.reqparse.add_argument("compare", type=int, default=None, location="args")
        args = self.reqparse.parse_args()
        compare_id = args.pop("compare", None)
        if compare_id:
            query = Lead.query.filter(Lead.id == compare_id)
            compare_result = query.first()  # expect: scans-all [sa65q]
            revision_marshaled["compare"] = compare_result.email if compare_result else None

        revision_marshaled["auth"] = self.auth_dict
        return revision_marshaled, 200


class RevisionList(AuthenticatedService):
    def get(self):
        self.reqparse.add_argument("count", type=int, default=30, location="args")
        self.reqparse.add_argument("page", type=int, default=1, location="args")
        self.reqparse.add_argument("active", type=str, default=None, location="args")
        self.reqparse.add_argument("regions", type=str, default=None, location="args")
        self.reqparse.add_argument("accounts", type=str, default=None, location="args")
        self.reqparse.add_argument("names", type=str, default=None, location="args")
        args = self.reqparse.parse_args()
        page = args.pop("page", None)
        count = args.pop("count", None)
        for k, v in list(args.items()):
            if not v:
                del args[k]

        query = Lead.query.join(Campaign, Campaign.id == Lead.campaign_id)
        if "regions" in args:
            regions = args["regions"].split(",")
            query = query.filter(Lead.company.in_(regions))
        if "accounts" in args:
            accounts = [int(a) for a in args["accounts"].split(",")]
            query = query.filter(Campaign.user_id.in_(accounts))
        if "names" in args:
            names = args["names"].split(",")
            query = query.filter(Campaign.name.in_(names))
        if "active" in args:
            active = args["active"].lower() == "true"
            query = query.filter(Lead.status == ("active" if active else "inactive"))
        query = query.order_by(Lead.created_at.desc())
        revisions = query.paginate(page=page, per_page=count)  # expect: scans-all [sa65r]

        items = [{"id": r.id, "arn": r.email, "date_created": str(r.created_at)} for r in revisions.items]
        return {"items": items, "total": revisions.total, "page": revisions.page, "auth": self.auth_dict}, 200
