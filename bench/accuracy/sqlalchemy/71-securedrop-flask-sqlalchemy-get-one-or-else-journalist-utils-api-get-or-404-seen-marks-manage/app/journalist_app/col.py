from flask import Blueprint, g, jsonify

from app.journalist_app.utils import get_source, mark_seen, source_activity
from app.models import AgentOutput


def make_blueprint():
    view = Blueprint("col", __name__)

    @view.route("/<filesystem_id>")
    def col(filesystem_id):
        source = get_source(filesystem_id)
        items = [{"name": item.body, "kind": item.kind} for item in source.collection]
        recent = source_activity(source, 30).count()  # expect: prunes [sa71q] cross
        return jsonify({"source": source.to_json(), "items": items, "last_30_days": recent, "total": source.documents_messages_count()})

    @view.route("/<filesystem_id>/<fn>")
    def download_single_file(filesystem_id, fn):
        """Downloads one file of the source and marks it seen by the journalist."""
        file = AgentOutput.query.filter(AgentOutput.body == fn).one()  # expect: scans-all [sa71r]
        mark_seen([file], g.user)
        return jsonify({"name": file.body})

    return view
