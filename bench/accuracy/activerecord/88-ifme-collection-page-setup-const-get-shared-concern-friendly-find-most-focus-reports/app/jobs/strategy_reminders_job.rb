class StrategyRemindersJob < ApplicationJob
  def perform(user_id)
    user = User.find(user_id)
    user.strategies.is_visible.find_each do |strategy| # expect: prunes [ar88ab] cross
      ReminderMailer.with(user: user, strategy: strategy).perform_strategy.deliver_later
    end
  end
end
