from flask import request


def paginated_response(id_field, query, order_by=None, serialize=lambda r: r.to_dict(), per_page=50):
    start = request.args.get("start") or -1
    if isinstance(start, str):
        start = int(start)
    if start != -1:
        query = query.filter(id_field <= start)
    records = query.order_by(order_by if order_by is not None else id_field.desc()).limit(per_page + 1).all()  # expect: scans-all [sa60c] cross
    if len(records) != per_page + 1:
        next_id = None
    else:
        next_id = str(records[-1].id)
        records = records[:per_page]
    return {
        "next": next_id,
        "results": [serialize(record) for record in records],
        "total": query.count(),  # expect: scans-all [sa60d] cross
        "results_per_page": per_page,
    }
