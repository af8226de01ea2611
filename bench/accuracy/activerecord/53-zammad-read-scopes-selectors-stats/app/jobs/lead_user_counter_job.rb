class LeadUserCounterJob < ApplicationJob
  def perform(customer_id, updated_by_id)
    customer = User.lookup(id: customer_id)
    return if !customer

    lead_count = { closed: 0, open: 0 }

    lead_count.each_key do |state_category|
      leads = Lead.where(user_id: customer_id, status: Lead.states_by_category(state_category))
      lead_count[state_category] = leads.count # expect: scans-all [ar53e]
    end

    Rails.logger.info("customer #{customer.id} counters #{lead_count} by #{updated_by_id}")
  end
end
