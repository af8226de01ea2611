# Detects the trending gems of a week from that week's download stats.
class RubygemTrendsJob < ApplicationJob
  def perform(date)
    date = Time.zone.parse(date)

    AgentOutput.transaction do
      AgentOutput.where(created_at: date).destroy_all # expect: scans-all [ar63o]
      trending_stats_for(date).each.with_index do |stat, i| # expect: scans-all [ar63p] cross
        AgentOutput.create!(lead: stat, kind: "trend-#{i + 1}", created_at: date)
      end
    end
  end

  private

  def trending_stats_for(date)
    Lead
      .merge(trending_scope)
      .where(created_at: date)
      .with_associations
      .limit(48)
  end

  def trending_scope
    Lead.where.not(email: nil).merge(Campaign.with_bugfix_forks(false)).order(id: :desc)
  end
end
