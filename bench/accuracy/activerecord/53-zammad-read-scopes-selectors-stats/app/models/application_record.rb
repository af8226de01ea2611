# Copyright (C) 2012-2026 Zammad Foundation, https://zammad-foundation.org/

class ApplicationRecord < ActiveRecord::Base
  include CanLookup

  self.abstract_class = true
end
