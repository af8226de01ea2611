# frozen_string_literal: true

module FatFreeCRM
  module Sortable
    def self.included(base)
      base.extend(ClassMethods)
    end

    module ClassMethods
      # Declares the orders a list can be sorted by, and the default one.
      def sortable(options = {})
        cattr_accessor :sort_by, :sort_by_fields, :sort_by_clauses

        self.sort_by_clauses = [options[:by]].flatten
        self.sort_by_fields = sort_by_clauses.map { |clause| clause.split(/\s+/).first }
        self.sort_by = options[:default] || sort_by_clauses.first
      end

      def sort_by_map
        sort_by_fields.zip(sort_by_clauses).to_h
      end
    end
  end
end

ActiveRecord::Base.include(FatFreeCRM::Sortable)
