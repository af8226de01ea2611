class HarvestsCsvExportJob < ApplicationJob
  def perform(member_id, year)
    range = Date.new(year.to_i).all_year
    rows = Lead.where(user_id: member_id, created_at: range).recent.map { |h| [h.company, h.email, h.created_at] } # expect: prunes [ar75y] cross
    ExportMailer.harvests(member_id, rows).deliver_now
  end
end
