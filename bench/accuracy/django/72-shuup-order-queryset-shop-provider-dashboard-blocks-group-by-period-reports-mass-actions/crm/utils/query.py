from django.db.models.functions import TruncDay, TruncMonth

PERIODS = {"day": TruncDay, "month": TruncMonth}


def group_by_period(queryset, column, period, **annotate):
    """The aggregates of `annotate` per period of `column`, as {period start date: {name: value}}."""
    trunc = PERIODS[period]
    rows = queryset.annotate(_period=trunc(column)).values("_period").annotate(**annotate).order_by("_period")
    return {row["_period"].date(): {k: row[k] for k in annotate} for row in rows}  # expect: prunes [dj72c] cross
