# Bot steps are only useful while the conversation is fresh.
class BotStepsSweeperJob < ApplicationJob
  def perform
    AgentOutput.where(kind: "bot_step").where(created_at: ..30.days.ago).delete_all # expect: prunes [ar86ae]
  end
end
