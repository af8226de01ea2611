class ArchivedLead < ApplicationRecord
  self.table_name = "archived_leads"
end
