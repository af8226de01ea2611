# frozen_string_literal: true

module Api
  module Admin
    class OrderSerializer < ActiveModel::Serializer
      attributes :id, :email, :status, :created_at, :payments_count, :distributor_name

      def payments_count
        object.agent_outputs.where(kind: "payment").count # expect: scans-all [ar52i]
      end

      def distributor_name
        object.campaign&.name # expect: scans-all [ar52l]
      end
    end
  end
end
