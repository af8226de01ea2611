# An export request; filters is a JSON hash of column conditions.
class CsvExport < ApplicationRecord
  def filters
    filter = JSON.parse(super)
    if filter["leads.created_at"]
      dates = filter["leads.created_at"].scan(/-?\d+-\d+-\d+/)
      filter["leads.created_at"] = (Time.parse("#{dates[0]}T00:00:00Z")..Time.parse("#{dates[1]}T23:59:59Z"))
    end
    filter
  end

  def path_file
    "#{Rails.root}/export/#{id}.csv"
  end
end
