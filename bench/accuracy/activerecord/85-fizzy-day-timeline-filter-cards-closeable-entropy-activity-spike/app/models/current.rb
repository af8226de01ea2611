class Current < ActiveSupport::CurrentAttributes
  attribute :session, :user
end
