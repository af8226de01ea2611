# Closes the conversations of an app nobody has touched for a week.
class ConversationsAutoCloseJob < ApplicationJob
  def perform(app_id)
    app = User.find(app_id)
    app.conversations.opened.where("created_at < ?", 7.days.ago).find_each(&:close!) # expect: prunes [ar86y] cross
  end
end
