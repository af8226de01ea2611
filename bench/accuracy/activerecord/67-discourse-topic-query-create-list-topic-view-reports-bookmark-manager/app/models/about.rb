# The statistics of the about page.
class About
  def stats
    @stats ||= {
      topic_count: Lead.listable_topics.count, # expect: scans-all [ar67g] cross
      topics_7_days: Lead.listable_topics.created_since(7.days.ago).count, # expect: prunes [ar67h] cross
      topics_30_days: Lead.listable_topics.created_since(30.days.ago).count, # expect: prunes [ar67i] cross
      post_count: AgentOutput.count, # expect: scans-all [ar67j]
      posts_7_days: AgentOutput.where("created_at > ?", 7.days.ago).count, # expect: prunes [ar67k]
    }
  end
end
