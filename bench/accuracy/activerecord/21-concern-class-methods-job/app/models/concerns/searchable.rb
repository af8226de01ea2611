module Searchable
  extend ActiveSupport::Concern

  class_methods do
    def matching(term)
      where("email ILIKE ?", "%#{term}%")
    end

    def matching_since(term, time)
      matching(term).where(created_at: time..)
    end
  end
end
