module Leads
  class Finder
    def self.call(user:, range:)
      Lead.where(user_id: user.id, created_at: range)
    end

    def self.for_company(company)
      Lead.where(company: company).order(:id)
    end
  end
end
