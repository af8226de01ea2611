class ApplicationScheduledTask
  def initialize(logger:)
    @logger = logger
  end

  attr_reader :logger
end
