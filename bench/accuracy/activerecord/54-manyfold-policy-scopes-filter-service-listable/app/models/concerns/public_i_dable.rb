# Records are addressed in URLs by a public handle instead of their id.
module PublicIDable
  extend ActiveSupport::Concern

  class_methods do
    def find_param(param)
      find_by!(public_handle_column => param)
    end

    def public_handle_column
      :id
    end
  end

  def to_param
    self[self.class.public_handle_column].to_s
  end
end
