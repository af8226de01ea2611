# A browser session of a family member (its own table, not partitioned).
class Session < ApplicationRecord
  belongs_to :family, class_name: "User"
end
