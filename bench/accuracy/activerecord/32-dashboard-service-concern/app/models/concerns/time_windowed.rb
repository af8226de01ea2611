module TimeWindowed
  extend ActiveSupport::Concern

  class_methods do
    def within(range)
      where(created_at: range)
    end
  end
end
