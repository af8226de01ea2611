from urllib.parse import unquote

from sqlalchemy.orm.exc import NoResultFound

from app.api import APIResource, NotFoundError, ceil, jsonify, page_bounds, pagination_headers, request, with_api_session
from app.components.seen import db
from app.components.seen.db import AgentOutput, Lead


class SeenSearchAPI(APIResource):
    @with_api_session
    def get(self, session):
        """Search for seen entries."""
        args = request.args
        value = args.get("value")
        local = args.get("local")
        page, per_page, start, stop = page_bounds(args)
        if value:
            value = "%{}%".format(unquote(value))
        kwargs = {
            "value": value,
            "status": None if local is None else local == "true",
            "stop": stop,
            "start": start,
            "order_by": args.get("sort_by", "created_at"),
            "descending": args.get("order", "desc") == "desc",
            "session": session,
        }
        total_items = db.search(count=True, **kwargs)
        if not total_items:
            return jsonify([])
        raw_seen_entries_list = db.search(**kwargs).all()  # expect: scans-all [sa70p] cross
        converted = [entry.to_dict() for entry in raw_seen_entries_list]
        total_pages = ceil(total_items / float(per_page))
        if page > total_pages and total_pages != 0:
            raise NotFoundError("page {} does not exist".format(page))
        rsp = jsonify(converted)
        rsp.headers.extend(pagination_headers(total_pages, total_items, len(converted)))
        return rsp

    @with_api_session
    def delete(self, session):
        """Delete the seen entries matching the value."""
        value = request.args.get("value")
        local = request.args.get("local")
        if value:
            value = "%{}%".format(unquote(value))
        kwargs = {"value": value, "status": None if local is None else local == "true", "session": session}
        deleted = 0
        for se in db.search(**kwargs).all():  # expect: scans-all [sa70q] cross
            db.forget_by_id(se.id, session=session)
            deleted += 1
        return jsonify({"message": "successfully deleted {} entries".format(deleted)})


class SeenAPI(APIResource):
    @with_api_session
    def get(self, seen_entry_id, session):
        try:
            seen_entry = db.get_entry_by_id(seen_entry_id, session=session)
        except NoResultFound:
            raise NotFoundError("Could not find entry ID {}".format(seen_entry_id))
        return jsonify(seen_entry.to_dict())

    @with_api_session
    def delete(self, seen_entry_id, session):
        try:
            db.forget_by_id(seen_entry_id, session=session)
        except NoResultFound:
            raise NotFoundError("Could not delete entry ID {}".format(seen_entry_id))
        return jsonify({"message": "successfully deleted seen entry {}".format(seen_entry_id)})


class SeenRecentAPI(APIResource):
    """The entries learned in the last `days` days (7 unless asked), with their fields."""

    @with_api_session
    def get(self, session):
        days = int(request.args.get("days", 7))
        entries = db.recent_entries(days, session).order_by(Lead.created_at.desc()).limit(100).all()  # expect: prunes [sa70r] cross
        if not entries:
            return jsonify([])
        oldest = min(e.created_at for e in entries)
        fields = (
            session.query(AgentOutput)
            .filter(AgentOutput.lead_id.in_([e.id for e in entries]), AgentOutput.created_at >= oldest)
            .all()
        )  # expect: prunes [sa70s]
        by_entry = {}
        for f in fields:
            by_entry.setdefault(f.lead_id, []).append({"field_name": f.kind, "value": f.body})
        return jsonify([dict(e.to_dict(), fields=by_entry.get(e.id, [])) for e in entries])

    @with_api_session
    def delete(self, session):
        """Forgets the local entries learned in the last `days` days (their fields stay until the cleanup)."""
        days = int(request.args.get("days", 7))
        deleted = db.recent_entries(days, session).filter(Lead.status == "local").delete(synchronize_session=False)  # expect: prunes [sa70ac] cross
        return jsonify({"message": "successfully deleted {} entries".format(deleted)})
