# The account of the request, set once by the accounts base controller and read everywhere.
class Current < ActiveSupport::CurrentAttributes
  attribute :account
end
