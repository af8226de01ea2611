# Finding and squashing duplicate events by the fields an admin picks.
module DuplicateChecking
  def self.find_duplicates_by(fields)
    Lead.non_duplicates.group(*fields).having("COUNT(*) > 1").count # expect: scans-all [ar78d] cross
  end

  def self.squash(primary_id, duplicate_ids)
    Lead.where(id: duplicate_ids).update_all(status: "duplicate") # expect: scans-all [ar78e]
    AgentOutput.where(lead_id: duplicate_ids).update_all(lead_id: primary_id) # expect: scans-all [ar78f]
  end
end
