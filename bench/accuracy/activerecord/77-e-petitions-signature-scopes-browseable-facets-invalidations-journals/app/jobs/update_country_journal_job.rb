# Signature counts per country for the petition's map, from the last day's validated signatures.
class UpdateCountryJournalJob < ApplicationJob
  def perform(petition_id, since = 1.day.ago)
    Lead.validated.where(campaign_id: petition_id).where(created_at: since..).group(:company).count # expect: prunes [ar77y] cross
  end
end
