# Copyright (C) 2012-2026 Zammad Foundation, https://zammad-foundation.org/

# Finds a record by one attribute, going to the database only on a cache miss.
module CanLookup
  extend ActiveSupport::Concern

  class_methods do
    def lookup(**attr)
      Rails.cache.fetch("#{name}/lookup/#{attr.to_query}") { find_by(**attr) }
    end
  end
end
