module Finishable
  extend ActiveSupport::Concern

  included do
    scope :finished, -> { where(archived: true) }
    scope :current, -> { where(archived: false) }
  end
end
