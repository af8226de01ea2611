class FamilyResetJob < ApplicationJob
  queue_as :low_priority

  def perform(family)
    # Delete all family data except its members
    ActiveRecord::Base.transaction do
      family.campaigns.destroy_all # expect: scans-all [ar60r]

      family.sync_later
    end
  end
end
