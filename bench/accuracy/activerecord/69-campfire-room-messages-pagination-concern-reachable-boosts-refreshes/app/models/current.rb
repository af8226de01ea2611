class Current < ActiveSupport::CurrentAttributes
  attribute :user, :request
end
