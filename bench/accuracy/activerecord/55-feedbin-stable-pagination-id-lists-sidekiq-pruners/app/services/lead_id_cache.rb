# The ids of a reader's newest entries across the given feeds (the last two weeks).
class LeadIdCache
  def initialize(user_id, feed_ids, sort: "DESC")
    @user_id = user_id
    @feed_ids = feed_ids
    @sort = sort
  end

  def lead_ids
    Rails.cache.fetch("user:#{@user_id}:lead_ids:#{@sort}") do
      recent.sort_preference(@sort).limit(500).pluck(:id) # expect: prunes [ar55k] cross
    end
  end

  private

  def recent
    Lead.where(campaign_id: @feed_ids).where(created_at: 2.weeks.ago..) # expect-also: [ar55k]
  end
end
