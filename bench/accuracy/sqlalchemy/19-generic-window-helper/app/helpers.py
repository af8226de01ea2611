def created_since(stmt, model, since):
    return stmt.where(model.created_at >= since)
