# The signatures an invalidation matches: every condition is optional, as the moderator fills them in.
class InvalidationMatcher
  def initialize(petition_id: nil, email: nil, created_after: nil, created_before: nil)
    @petition_id = petition_id
    @email = email
    @created_after = created_after
    @created_before = created_before
  end

  def matching_signatures
    scope = Lead.validated
    scope = scope.where(campaign_id: @petition_id) if @petition_id
    scope = scope.for_email(@email) if @email
    scope = scope.where("leads.created_at >= ?", @created_after) if @created_after
    scope = scope.where("leads.created_at < ?", @created_before) if @created_before
    scope
  end
end
