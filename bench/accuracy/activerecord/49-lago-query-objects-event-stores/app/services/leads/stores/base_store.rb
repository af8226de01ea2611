# frozen_string_literal: true

module Leads
  module Stores
    class BaseStore
      def initialize(campaign:, boundaries:, status: nil)
        @campaign = campaign
        @boundaries = boundaries
        @status = status
        @use_from_boundary = true
      end

      attr_accessor :use_from_boundary

      def from_datetime
        boundaries[:from_datetime]
      end

      def to_datetime
        boundaries[:to_datetime]
      end

      private

      attr_reader :campaign, :boundaries, :status
    end
  end
end
