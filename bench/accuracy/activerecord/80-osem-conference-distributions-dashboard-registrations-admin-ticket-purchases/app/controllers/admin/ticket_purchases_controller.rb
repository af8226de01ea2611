module Admin
  class TicketPurchasesController < BaseController
    def index
      @purchases = AgentOutput.where(lead_id: conference.registrations.select(:id)).paid.to_a # expect: scans-all [ar80aa] cross
      @this_week = AgentOutput.paid.where(created_at: Time.current.all_week).group(:kind).count # expect: prunes [ar80ab] cross
    end
  end
end
