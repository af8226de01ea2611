# Advanced-search filters of the admin lists: each allowed param maps to a `by_<name>` scope.
module Filterable
  extend ActiveSupport::Concern

  included do
    scope :by_date_range, ->(date_range) { where(created_at: date_range) }
    scope :by_campaign, ->(campaign_id) { where(campaign_id: campaign_id) }
  end

  class_methods do
    def filter_by(params)
      resources = all
      (params.presence || {}).each do |filter, value|
        resources = resources.send("by_#{filter}", value) if allowed_filter?(filter, value)
      end
      resources
    end

    def allowed_filter?(filter, value)
      return false if value.blank?

      %w[date_range campaign].include?(filter)
    end
  end
end
