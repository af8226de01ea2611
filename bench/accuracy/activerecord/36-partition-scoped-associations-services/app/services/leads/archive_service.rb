module Leads
  class ArchiveService < BaseService
    def execute
      statuses = Lead.id_in(params[:ids]).pluck(:id, :status) # expect: scans-all [ar36b] cross
      return ServiceResponse.error(message: "nothing to archive") if statuses.empty?

      Lead.where(id: Lead.for_user(current_user).select(:id)).update_all(status: "archived") # expect: scans-all [ar36e]
      success(archived: statuses.size)
    end
  end
end
