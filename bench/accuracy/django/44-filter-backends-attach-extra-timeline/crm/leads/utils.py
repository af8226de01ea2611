def attach_total_outputs(queryset, as_field="total_outputs_attr"):
    """Attach the number of agent outputs of each lead."""
    model = queryset.model
    sql = """SELECT COUNT(*)
               FROM agent_outputs
              WHERE agent_outputs.lead_id = {tbl}.id"""
    sql = sql.format(tbl=model._meta.db_table)
    return queryset.extra(select={as_field: sql})


def attach_outputs_since(queryset, since, as_field="recent_outputs_attr"):
    """Attach the number of agent outputs written since a date (the weekly report's window)."""
    model = queryset.model
    sql = """SELECT COUNT(*)
               FROM agent_outputs
              WHERE agent_outputs.lead_id = {tbl}.id
                AND agent_outputs.created_at >= %s"""
    sql = sql.format(tbl=model._meta.db_table)
    return queryset.extra(select={as_field: sql}, select_params=(since,))


def attach_extra_info(queryset, user=None):
    queryset = attach_total_outputs(queryset)
    return queryset
