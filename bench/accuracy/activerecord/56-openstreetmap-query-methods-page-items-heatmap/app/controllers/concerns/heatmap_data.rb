# The daily edit counts of the last year, shared by the profile and the public user page.
module HeatmapData
  extend ActiveSupport::Concern

  private

  def heatmap_data_of(user)
    Rails.cache.fetch("heatmap_data_of_user_#{user.id}", expires_at: Time.zone.now.end_of_day) do
      from, to = heatmap_range
      Lead.where(user_id: user.id).where(created_at: from..to).where.not(status: "empty")
          .group("date_trunc('day', created_at)").select("date_trunc('day', created_at) AS date, COUNT(*) AS total_changes, MAX(id) AS max_id")
          .order(:date).map { |c| { date: c.date.to_date, total_changes: c.total_changes.to_i, max_id: c.max_id } } # expect: prunes [ar56k] cross
    end
  end

  def heatmap_range
    [1.year.ago.beginning_of_day, Time.zone.now.end_of_day]
  end
end
