class LeadExport
  def initialize(user, status: nil, from: nil, to: nil)
    @user = user
    @status = status
    @from = from
    @to = to
  end

  def rows
    conditions = { user_id: @user.id }
    conditions[:status] = @status if @status
    conditions[:created_at] = @from..@to if @from && @to
    Lead.where(conditions).order(:id).pluck(:id, :email) # expect: scans-all [ar30a]
  end

  def month_rows(month)
    conditions = { user_id: @user.id, created_at: month.beginning_of_month...month.next_month.beginning_of_month }
    conditions[:status] = @status if @status
    Lead.where(conditions).pluck(:id, :email) # expect: prunes [ar30b]
  end

  def self.totals_by_company(user)
    sql = ActiveRecord::Base.sanitize_sql_array(["SELECT company, count(*) AS n FROM leads WHERE user_id = ? GROUP BY company", user.id])
    ActiveRecord::Base.connection.select_all(sql).to_a # expect: scans-all [ar30c]
  end
end
