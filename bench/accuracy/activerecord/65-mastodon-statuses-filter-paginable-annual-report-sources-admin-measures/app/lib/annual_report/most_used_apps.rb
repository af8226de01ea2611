class AnnualReport::MostUsedApps < AnnualReport::Source
  SET_SIZE = 10

  def generate
    { most_used_apps: report_statuses.group(:email).order(count_all: :desc).limit(SET_SIZE).count.map { |name, n| { name: name, count: n } } } # expect: prunes [ar65f] cross
  end
end
