module Leads
  class Find
    def initialize(scope:, params:)
      @scope = scope
      @ids = String(params.dig(:filter, :ids)).split(",")
      @statuses = String(params.dig(:filter, :status)).split(",")
      @created_after = params.dig(:filter, :created_after)
      @campaign_id = params.dig(:filter, :campaign_id)
    end

    def execute
      leads = by_ids(scope)
      leads = by_statuses(leads)
      leads = by_campaign(leads)
      leads = by_created_after(leads)
      leads.order(created_at: :desc)
    end

    private

    attr_reader :scope, :ids, :statuses, :created_after, :campaign_id

    def ids?
      ids.present?
    end

    def by_ids(leads)
      return leads unless ids?

      leads.where(id: ids)
    end

    def by_statuses(leads)
      return leads if statuses.empty?

      leads.where(status: statuses)
    end

    def by_campaign(leads)
      return leads if campaign_id.blank?

      leads.where(campaign_id: campaign_id)
    end

    def by_created_after(leads)
      return leads if created_after.blank?

      leads.where(created_at: created_after..)
    end
  end
end
