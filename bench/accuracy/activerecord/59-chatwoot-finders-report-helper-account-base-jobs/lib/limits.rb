module Limits
  BULK_ACTIONS_LIMIT = 100
end
