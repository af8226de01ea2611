module Leads
  class Dashboard
    def initialize(user)
      @user = user
    end

    def scope
      Lead.where(user_id: @user.id)
    end

    def this_month
      scope.within(Time.current.all_month)
    end

    def all_time
      scope.order(:id)
    end
  end
end
