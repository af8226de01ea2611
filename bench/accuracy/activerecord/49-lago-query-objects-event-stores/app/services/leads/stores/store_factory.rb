# frozen_string_literal: true

module Leads
  module Stores
    class StoreFactory
      def self.store_class(organization:)
        # Organizations on the analytics store are counted elsewhere; everyone else reads Postgres.
        Leads::Stores::PostgresStore
      end

      def self.new_instance(organization:, **kwargs)
        store_class(organization: organization).new(**kwargs)
      end
    end
  end
end
