class RejectOldIncomingJob < ApplicationJob
  def perform(dryrun: false)
    Lead.reject_incoming_at_mta(age_in_months: 6, dryrun: dryrun) do |ids|
      Rails.logger.info("rejecting incoming mail for #{ids.size} requests")
    end
  end
end
