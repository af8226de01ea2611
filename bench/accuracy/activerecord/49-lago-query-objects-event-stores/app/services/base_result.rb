# frozen_string_literal: true

class BaseResult
  def self.[](*attributes)
    Class.new(BaseResult) { attr_accessor(*attributes) }
  end

  def success?
    @error.nil?
  end

  def fail_with!(error)
    @error = error
    self
  end

  attr_reader :error
end
