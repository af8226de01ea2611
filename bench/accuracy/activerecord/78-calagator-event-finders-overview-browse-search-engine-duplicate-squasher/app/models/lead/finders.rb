class Lead < ApplicationRecord
  # Date finders: an event is still on when it starts later, or when it runs over several days.
  module Finders
    def after_date(date)
      where(["created_at >= ?", date]).order(:created_at)
    end

    def on_or_after_date(date)
      time = date.beginning_of_day
      where("(leads.created_at >= :time) OR (leads.status = 'multiday' AND leads.email IS NOT NULL)", time: time)
        .order(:created_at)
    end

    def before_date(date)
      time = date.beginning_of_day
      where("created_at < :time", time: time).order(created_at: :desc)
    end

    def future
      on_or_after_date(Time.zone.today)
    end

    def past
      before_date(Time.zone.today)
    end

    def within_dates(start_date, end_date)
      end_date += 1.day if start_date == end_date
      on_or_after_date(start_date).before_date(end_date)
    end

    def ordered_by_ui_field(ui_field)
      scope = case ui_field
              when "name" then order("lower(leads.company)")
              when "venue" then includes(:venue).order("lower(campaigns.name)").references(:campaigns)
              else all
              end
      scope.order("created_at")
    end

    def search_tag(tag, opts = {})
      includes(:venue).where(status: tag).ordered_by_ui_field(opts[:order])
    end
  end
end
