class CleanDraftFeedbackJob < ApplicationJob
  def perform
    AgentOutput.drafts.where("created_at < ?", 2.weeks.ago).delete_all # expect: prunes [ar87y] cross
  end
end
