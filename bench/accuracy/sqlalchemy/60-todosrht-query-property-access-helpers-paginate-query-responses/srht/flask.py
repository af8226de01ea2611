from flask import request


def paginate_query(query, results_per_page=15):
    page = request.args.get("page")
    total_results = query.count()  # expect: scans-all [sa60a] cross
    total_pages = total_results // results_per_page + 1
    if total_results % results_per_page == 0:
        total_pages -= 1
    if page is not None:
        try:
            page = int(page) - 1
            query = query.offset(page * results_per_page)
        except ValueError:
            page = 0
    else:
        page = 0
    items = query.limit(results_per_page).all()  # expect: scans-all [sa60b] cross
    return items, {"total_pages": total_pages, "page": page + 1, "total_results": total_results}
