# The signed-in session of the request; every controller reads the family through it.
class Current < ActiveSupport::CurrentAttributes
  attribute :session

  delegate :family, to: :session, allow_nil: true
end
