class LeadService
  def self.close(lead:, actor:)
    return false unless lead.user_id == actor.id

    lead.update(status: "closed") # expect: scans-all [ar43g] cross
  end
end
