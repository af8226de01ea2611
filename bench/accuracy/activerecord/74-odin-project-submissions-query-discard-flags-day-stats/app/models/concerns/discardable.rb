# Soft deletion, like the discard gem: the row stays, its status says it was removed.
module Discardable
  extend ActiveSupport::Concern

  included do
    scope :kept, -> { where.not(status: "discarded") }
  end

  def discard
    update_columns(status: "discarded") # expect: scans-all [ar74b]
  end
end
