# The public (federated or local) timeline.
class PublicFeed
  def initialize(account, options = {})
    @account = account
    @options = options
  end

  def get(limit, max_id = nil, since_id = nil, min_id = nil)
    scope = public_scope
    scope.merge!(without_replies_scope) unless with_replies?
    scope.merge!(local_only_scope) if local_only?
    scope.to_a_paginated_by_id(limit, max_id: max_id, since_id: since_id, min_id: min_id)
  end

  private

  attr_reader :account, :options

  def with_replies?
    options[:with_replies]
  end

  def local_only?
    options[:local]
  end

  def public_scope
    Lead.with_public_visibility
  end

  def without_replies_scope
    Lead.without_replies
  end

  def local_only_scope
    Lead.local
  end
end
