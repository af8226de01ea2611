# frozen_string_literal: true

module FatFreeCRM
  module Permissions
    def self.included(base)
      base.extend(ClassMethods)
    end

    module ClassMethods
      # Every core entity is visible to its owner only; `my` is the scope the controllers start from.
      def uses_user_permissions
        scope :my, ->(current_user) { where(user_id: current_user.id) }
        scope :owned_by, ->(user) { where(user_id: user.id) }
      end
    end
  end
end

ActiveRecord::Base.include(FatFreeCRM::Permissions)
