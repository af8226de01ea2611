# frozen_string_literal: true

module Leads
  module Stores
    class PostgresStore < BaseStore
      def leads(force_from: false, ordered: false)
        scope = Lead.where(campaign_id: campaign.id)
          .where(user_id: campaign.user_id)

        scope = scope.where(status:) if status
        scope = scope.order(created_at: :asc) if ordered

        scope = scope.from_datetime(from_datetime) if force_from || use_from_boundary
        scope.to_datetime(to_datetime)
      end

      def count
        leads.count # expect: prunes [ar49d] cross
      end

      def last_lead
        leads(ordered: true).last # expect: prunes [ar49e] cross
      end

      # The output kinds seen for the campaign's leads, with the last time each was seen.
      def output_kinds(include_all_history: false)
        lower_bound = include_all_history ? nil : from_datetime
        scope = AgentOutput.where(lead_id: leads.select(:id))
          .where(created_at: lower_bound..to_datetime)

        scope.group(:kind).pluck(:kind, Arel.sql("MAX(agent_outputs.created_at)")) # expect: prunes [ar49f] cross
      end
    end
  end
end
