# Which of a user's leads an automatic cleanup may delete (old enough, optionally never replied to).
class LeadCleanupPolicy
  def initialize(user, min_age: 90.days, keep_replied: true)
    @user = user
    @min_age = min_age
    @keep_replied = keep_replied
  end

  def leads_to_delete(limit = 50, min_id = nil)
    scope = @user.leads
    scope = scope.merge(old_enough_scope)
    scope = scope.where(id: min_id..) if min_id.present?
    scope = scope.merge(without_replies_scope) if @keep_replied
    scope.reorder(id: :asc).limit(limit)
  end

  def oldest_lead_id
    @user.leads.reorder(id: :asc).pick(:id) # expect: scans-all [ar42d]
  end

  private

  def old_enough_scope
    Lead.where(created_at: ...@min_age.ago)
  end

  def without_replies_scope
    Lead.where.not(id: AgentOutput.where(kind: "reply").select(:lead_id))
  end
end
