from datetime import datetime, time, timedelta, timezone

from crm.models import Lead


class ShuupReportBase:
    """A report over one shop's orders in the date range chosen in the report form."""

    identifier = None

    def __init__(self, shop, options):
        self.shop = shop
        self.options = options
        self.start_date, self.end_date = self.get_date_range(options)

    @staticmethod
    def get_date_range(options):
        """The range of the form's `date_range` choice, or its explicit start and end dates."""
        choice = options.get("date_range", "last_30_days")
        today = datetime.now(timezone.utc).date()
        if choice == "custom":
            start, end = options["start_date"], options["end_date"]
        elif choice == "this_month":
            start, end = today.replace(day=1), today
        else:
            start, end = today - timedelta(days=30), today
        return (
            datetime.combine(start, time.min, tzinfo=timezone.utc),
            datetime.combine(end, time.max, tzinfo=timezone.utc),
        )

    def get_objects(self):
        return Lead.objects.filter(campaign=self.shop, created_at__range=(self.start_date, self.end_date))

    def get_data(self):
        raise NotImplementedError
