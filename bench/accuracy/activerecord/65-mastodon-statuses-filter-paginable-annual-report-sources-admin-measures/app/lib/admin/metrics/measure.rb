# The measures the admin dashboard may ask for, by key.
class Admin::Metrics::Measure
  MEASURES = {
    new_statuses: Admin::Metrics::Measure::NewStatusesMeasure,
    interactions: Admin::Metrics::Measure::InteractionsMeasure,
  }.freeze

  def self.retrieve(measure_keys, start_at, end_at, params)
    Array(measure_keys).filter_map do |key|
      klass = MEASURES[key.to_sym]
      klass&.new(start_at, end_at, params)
    end
  end
end
