class Lead::Insights
  def initialize(user, period: Period.last_30_days)
    @user = user
    @period = period
  end

  def new_leads_count
    @user.leads.where(created_at: @period.date_range).count # expect: prunes [ar35c] cross
  end

  def companies
    @user.leads.search(start_date: @period.start_date, end_date: @period.end_date).pluck(:company).tally # expect: prunes [ar35d] cross
  end
end
