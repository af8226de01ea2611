# frozen_string_literal: true

class LeadsQuery < BaseQuery
  Result = BaseResult[:leads]
  Filters = Struct.new(:status, :campaign_id, :created_from, :created_to, keyword_init: true)

  def call
    leads = Lead.where(user_id: organization.id)
    leads = paginate(leads)
    leads = apply_consistent_ordering(leads)

    leads = with_status(leads) if filters.status
    leads = with_campaign(leads) if filters.campaign_id
    leads = with_created_range(leads)

    result.leads = leads # expect-also: [ar49a]
    result
  end

  private

  def with_status(scope)
    scope.where(status: filters.status)
  end

  def with_campaign(scope)
    scope.where(campaign_id: filters.campaign_id)
  end

  def with_created_range(scope)
    scope = scope.where(created_at: created_from..) if filters.created_from
    scope = scope.where(created_at: ..created_to) if filters.created_to
    scope
  end

  def created_from
    @created_from ||= parse_datetime_filter(:created_from)
  end

  def created_to
    @created_to ||= parse_datetime_filter(:created_to)
  end
end
