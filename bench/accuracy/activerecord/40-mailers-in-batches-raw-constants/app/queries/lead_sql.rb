module LeadSql
  OUTPUT_KINDS = <<~SQL.squish
    SELECT kind, count(*) FROM agent_outputs
    WHERE lead_id = ? AND created_at >= ?
    GROUP BY kind
  SQL

  LAST_LEAD_AT = "SELECT max(created_at) FROM leads WHERE user_id = ?".freeze
end
