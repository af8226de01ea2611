def paginate(base_queryset, queryset, cursor, on_results, per_page=50):
    # The cursor is "<page>:<offset>:<is_prev>", as the web client sends it.
    page = int(cursor.split(":")[0]) if cursor else 0
    total = base_queryset.count()  # expect: prunes [dj41e] cross
    offset = page * per_page
    rows = list(queryset[offset:offset + per_page])  # expect: prunes [dj41f] cross
    return {
        "total_count": total,
        "next_cursor": f"{page + 1}:{offset + per_page}:0",
        "results": on_results(rows),
    }
