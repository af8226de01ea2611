class LeadMaintenanceJob < ApplicationJob
  def perform
    Lead.where(status: "expired").in_batches(of: 1000) { |batch| batch.delete_all } # expect: scans-all [ar40c]
    Lead.where(created_at: ..1.year.ago).in_batches(of: 1000, &:delete_all) # expect: prunes [ar40d]
  end

  def output_kinds(lead)
    sql = Lead.sanitize_sql([LeadSql::OUTPUT_KINDS, lead.id, lead.created_at])
    Lead.connection.select_rows(sql).to_h # expect: prunes [ar40e] cross
  end

  def last_lead_at(user)
    Lead.connection.select_value(Lead.sanitize_sql([LeadSql::LAST_LEAD_AT, user.id])) # expect: scans-all [ar40f] cross
  end
end
