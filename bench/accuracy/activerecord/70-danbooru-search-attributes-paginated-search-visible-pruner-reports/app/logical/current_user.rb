# The user of the current request (set by the session loader).
class CurrentUser < ActiveSupport::CurrentAttributes
  attribute :user
end
