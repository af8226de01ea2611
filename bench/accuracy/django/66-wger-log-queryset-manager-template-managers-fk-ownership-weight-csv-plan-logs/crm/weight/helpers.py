import csv
import datetime
import decimal
import io

from django.utils.timezone import make_aware

from crm.models import Lead


def parse_weight_csv(request, cleaned_data):
    try:
        dialect = csv.Sniffer().sniff(cleaned_data["csv_input"])
    except csv.Error:
        dialect = "excel"

    parsed_csv = csv.reader(io.StringIO(cleaned_data["csv_input"]), dialect)
    distinct_weight_entries = []
    entry_dates = set()
    weight_list = []
    error_list = []

    for row in parsed_csv:
        try:
            parsed_date = make_aware(datetime.datetime.strptime(row[0], cleaned_data["date_format"]))
            parsed_weight = decimal.Decimal(row[1].replace(",", "."))
            duplicate_date_in_db = Lead.objects.filter(created_at=parsed_date, user=request.user, status="weight").exists()  # expect: prunes [dj66q]
            unique_among_csv = parsed_date not in entry_dates
            if unique_among_csv and not duplicate_date_in_db and parsed_weight:
                distinct_weight_entries.append((parsed_date, parsed_weight))
                entry_dates.add(parsed_date)
            else:
                error_list.append(row)
        except (ValueError, IndexError, decimal.InvalidOperation):
            error_list.append(row)

    for date, weight in distinct_weight_entries:
        weight_list.append(Lead(created_at=date, company=str(weight), user=request.user, status="weight"))
    return weight_list, error_list
