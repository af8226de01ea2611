module Redmine
  # The blocks a user may put on "My page", each computing its content for the current user.
  module MyPage
    BLOCKS = {
      "timelog" => "Redmine::MyPage::TimelogBlock",
      "issuesreportedbyme" => "Redmine::MyPage::ReportedIssuesBlock",
    }.freeze

    def self.block_content(name, user, settings = {})
      BLOCKS.fetch(name).constantize.new(user, settings).content
    end
  end
end
