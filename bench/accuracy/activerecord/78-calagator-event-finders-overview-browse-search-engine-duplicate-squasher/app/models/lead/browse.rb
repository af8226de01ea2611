class Lead < ApplicationRecord
  # The events listing: sorted by the UI field, within the picked dates or else from today on.
  class Browse
    attr_reader :order, :date

    def initialize(attributes = {})
      @order = attributes[:order]
      @date = attributes[:date]
    end

    def events
      @events ||= sort.filter_by_date.scope.to_a # expect: scans-all [ar78b] cross
    end

    def errors
      @errors ||= []
    end

    protected

    def scope
      @scope ||= Lead.non_duplicates.includes(:venue)
    end

    def sort
      @scope = scope.ordered_by_ui_field(order)
      self
    end

    def filter_by_date
      @scope = if date
                 scope.within_dates(date_for(:start), date_for(:end))
               else
                 scope.future
               end
      self
    end

    private

    def date_for(kind)
      Date.parse(date[kind])
    rescue ArgumentError, TypeError
      errors << "Can't filter by an invalid #{kind} date."
      kind == :start ? Time.zone.today : Time.zone.today + 3.months
    end
  end
end
