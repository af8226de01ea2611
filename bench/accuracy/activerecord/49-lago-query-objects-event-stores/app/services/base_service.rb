# frozen_string_literal: true

class BaseService
  Result = BaseResult

  def self.call(*args, **kwargs, &block)
    new(*args, **kwargs).call(&block)
  end

  def initialize(*)
    @result = self.class::Result.new
  end

  def call
    raise NotImplementedError
  end

  private

  attr_reader :result
end
