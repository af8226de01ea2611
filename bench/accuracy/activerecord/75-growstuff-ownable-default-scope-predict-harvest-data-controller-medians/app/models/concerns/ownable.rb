module Ownable
  extend ActiveSupport::Concern

  included do
    belongs_to :owner, class_name: "User", foreign_key: :user_id

    # Ensures the owner still exists.
    default_scope { joins(:owner) }
  end
end
