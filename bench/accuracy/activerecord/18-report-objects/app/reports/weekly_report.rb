class WeeklyReport
  attr_reader :user

  def initialize(user)
    @user = user
  end

  def leads
    Lead.where(user_id: user.id).active
  end

  def window
    1.week.ago.beginning_of_day..Time.current
  end
end
