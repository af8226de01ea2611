class Stream::Base
  attr_accessor :max_time, :user
  attr_reader :replied_ids

  def initialize(user, opts = {})
    self.user = user
    self.max_time = opts[:max_time]
  end

  def title
    "Leads"
  end

  # @return [ActiveRecord::Relation<Lead>] the stream's leads, every page of them
  def leads
    Lead.all
  end

  # @return [Array<Lead>]
  def stream_leads
    leads.for_a_stream(max_time, user).tap do |page|
      mark_replied!(page)
    end
  end

  def max_time=(time_string)
    @max_time = Time.at(time_string.to_i) if time_string.present?
    @max_time ||= Time.now + 1
  end

  protected

  def mark_replied!(page)
    ids = page.map(&:id) # expect: prunes [ar45a] cross
    @replied_ids = AgentOutput.where(lead_id: ids, kind: "reply").distinct.pluck(:lead_id) # expect: scans-all [ar45b]
  end
end
