from flask_restx import Namespace, Resource

from app.models import AgentOutput, db
from app.utils.helpers.models import build_model_filters
from app.utils.request import validate_args

outputs_namespace = Namespace("outputs", description="Endpoint to retrieve agent outputs")


def dump(output):
    return {"id": output.id, "lead_id": output.lead_id, "kind": output.kind, "created_at": output.created_at.isoformat()}


@outputs_namespace.route("")
class OutputList(Resource):
    @validate_args({"lead_id": (int, None), "kind": (str, None), "q": (str, None), "field": (str, None)}, location="query")
    def get(self, query_args):
        q = query_args.pop("q", None)
        field = str(query_args.pop("field", None))
        filters = build_model_filters(model=AgentOutput, query=q, field=field)
        outputs = AgentOutput.query.filter_by(**query_args).filter(*filters).paginate(max_per_page=100, error_out=False)  # expect: scans-all [sa46b] cross
        return {
            "meta": {"pagination": {"page": outputs.page, "pages": outputs.pages, "total": outputs.total}},
            "success": True,
            "data": [dump(o) for o in outputs.items],
        }


@outputs_namespace.route("/<output_id>")
class Output(Resource):
    def get(self, output_id):
        output = AgentOutput.query.filter_by(id=output_id).first_or_404()  # expect: scans-all [sa46c]
        return {"success": True, "data": dump(output)}

    def delete(self, output_id):
        output = AgentOutput.query.filter_by(id=output_id).first_or_404()  # expect: scans-all [sa46d]
        db.session.delete(output)
        db.session.commit()  # expect: scans-all [sa46e]
        db.session.close()
        return {"success": True}
