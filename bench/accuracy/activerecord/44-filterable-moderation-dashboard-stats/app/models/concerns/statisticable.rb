# Stats objects list their figures in `stats_methods`; `generate` computes them all (cached).
module Statisticable
  extend ActiveSupport::Concern

  attr_reader :resource

  def initialize(resource)
    @resource = resource
  end

  def generate
    Rails.cache.fetch(cache_key, expires_in: 1.hour) do
      self.class.stats_methods.index_with { |stat| send(stat) }
    end
  end

  def date_range
    12.months.ago.beginning_of_month..Time.current
  end

  private

  def cache_key
    "#{self.class.name.underscore}/#{resource.class.name.underscore}/#{resource.id}"
  end
end
