from flask import request

from app import models
from app.handlers.base import BaseResource, get_object_or_404, paginate
from app.models.base import db


def serialize_lead(lead):
    return {"id": lead.id, "company": lead.company, "created_at": lead.created_at.isoformat()}


class LeadListResource(BaseResource):
    def get(self):
        page = request.args.get("page", 1, type=int)
        page_size = request.args.get("page_size", 25, type=int)
        return paginate(models.Lead.recent(self.current_user.id, days=30), page, page_size, serialize_lead)  # expect: prunes [sa35a] cross


class LeadResource(BaseResource):
    def get(self, lead_id):
        lead = get_object_or_404(models.Lead.get_by_id_and_user, lead_id, self.current_user)  # expect: scans-all [sa35b] cross
        return serialize_lead(lead)


class LeadSearchResource(BaseResource):
    def get(self):
        results = models.Lead.search(request.args["q"], self.current_user.id).limit(20).all()  # expect: scans-all [sa35c] cross
        return [serialize_lead(r) for r in results]


class CleanupResource(BaseResource):
    def post(self):
        n = models.AgentOutput.unused(days=request.json.get("days", 30)).delete(synchronize_session=False)  # expect: prunes [sa35d] cross
        db.session.commit()
        return {"deleted": n}

    def delete(self):
        n = models.AgentOutput.query.filter(models.AgentOutput.kind == "draft").delete(synchronize_session=False)  # expect: scans-all [sa35e]
        db.session.commit()
        return {"deleted": n}
