module MostFocusHelper
  def most_focus(data_type, user)
    return unless user && data_type == "strategies"

    data = user.moments.published.pluck(:campaign_id).compact # expect: scans-all [ar88u] cross
    return if data.empty?

    visible = Campaign.where(id: data.uniq, archived: false).pluck(:id) # expect: scans-all [ar88v]
    data.select { |id| visible.include?(id) }.tally.max_by(3, &:last).map(&:first)
  end
end
