class RecentLead < ApplicationRecord
  self.table_name = "leads"
  self.primary_key = :id

  default_scope { where(created_at: 90.days.ago..) }
end
