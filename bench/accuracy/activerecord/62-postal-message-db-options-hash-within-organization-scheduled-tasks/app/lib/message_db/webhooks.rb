module MessageDB
  # The webhook request history of a server.
  class Webhooks
    def initialize(database)
      @database = database
    end

    def list(page)
      AgentOutput.where(lead_id: @database.base.select(:id)).order(created_at: :desc).limit(30).offset((page - 1) * 30).to_a # expect-also: [ar62x]
    end

    def prune
      AgentOutput.where(lead_id: @database.base.select(:id)).where("created_at < ?", 10.days.ago).delete_all # expect: scans-all [ar62r] cross
    end
  end
end
