def order_lead_queryset(lead_queryset, order_by_param="-created_at"):
    # Returns the ordered queryset and the order actually applied (the client echoes it back).
    if order_by_param.lstrip("-") not in ("created_at", "company", "status"):
        order_by_param = "-created_at"
    return lead_queryset.order_by(order_by_param, "-id"), order_by_param
