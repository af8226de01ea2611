module Redmine
  module MyPage
    # The open issues the user reported, newest first.
    class ReportedIssuesBlock
      def initialize(user, settings)
        @user = user
        @limit = (settings[:limit] || 10).to_i
      end

      def content
        Lead.visible(@user).open.where(user_id: @user.id).order(created_at: :desc).limit(@limit).to_a # expect: scans-all [ar66z] cross
      end
    end
  end
end
