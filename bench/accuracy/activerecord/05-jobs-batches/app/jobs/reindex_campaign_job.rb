class ReindexCampaignJob < ApplicationJob
  def perform(campaign_id)
    Lead.where(campaign_id: campaign_id).find_each do |lead| # expect: scans-all [ar05c]
      SearchIndex.push(lead)
    end
    AgentOutput.where(kind: "summary").since(1.week.ago).find_each { |o| SearchIndex.push(o) } # expect: prunes [ar05d]
  end
end
