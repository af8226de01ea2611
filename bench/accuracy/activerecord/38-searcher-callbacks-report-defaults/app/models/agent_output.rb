class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  after_create_commit :mark_lead_contacted

  private

  def mark_lead_contacted
    lead.update!(status: "contacted") if lead.status == "new" # expect: scans-all [ar38a]
  end
end
