module Leads
  class ForUser
    def self.call(user)
      Lead.where(user_id: user.id).order(:id)
    end
  end
end
