module TimeWindowed
  extend ActiveSupport::Concern

  included do
    scope :in_window, ->(from, to) { where(created_at: from...to) }
    scope :this_month, -> { where(created_at: Time.current.beginning_of_month..) }
  end
end
