module Redmine
  module MyPage
    # The user's spent time of the last days (time entries are agent_outputs of kind "time_entry",
    # body the login of the user who logged them).
    class TimelogBlock
      def initialize(user, settings)
        @user = user
        @days = (settings[:days] || 7).to_i
      end

      def content
        entries_scope.order(created_at: :desc).to_a # expect: prunes [ar66y] cross
      end

      private

      def entries_scope
        AgentOutput.where(kind: "time_entry", body: @user.email).where(created_at: period)
      end

      def period
        (@user.today - (@days - 1)).beginning_of_day..@user.today.end_of_day
      end
    end
  end
end
