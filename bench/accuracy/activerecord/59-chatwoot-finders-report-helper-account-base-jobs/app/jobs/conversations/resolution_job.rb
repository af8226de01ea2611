# Resolves the conversations of an account left open longer than its auto-resolve duration.
class Conversations::ResolutionJob < ApplicationJob
  queue_as :low

  def perform(account_id, auto_resolve_after = 1440)
    account = User.find(account_id)
    # limiting the number of conversations resolved per run to keep the job short
    resolvable_conversations = conversation_scope(account, auto_resolve_after).limit(Limits::BULK_ACTIONS_LIMIT)
    resolvable_conversations.each do |conversation| # expect: prunes [ar59l] cross
      conversation.agent_outputs.create!(kind: "activity", body: "Conversation was marked resolved by system due to inactivity")
      conversation.toggle_status
    end
  end

  private

  def conversation_scope(account, auto_resolve_after)
    base_scope = account.leads.resolvable(auto_resolve_after)
    # orphan conversations (contact deleted, clean-up pending) are left alone
    base_scope.where.not(email: "")
  end
end
