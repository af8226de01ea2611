class AgentDashboard
  attr_accessor :app, :agent, :range

  def initialize(app:, agent:, range:)
    @app = app
    @agent = agent
    @range = (DateTime.parse(range[:from])..DateTime.parse(range[:to]))
  end

  def conversations
    app.conversations.where(email: agent.email).group(:status).count # expect: scans-all [ar86l]
  end
end
