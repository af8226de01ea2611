class ActionDeletionsScheduledTask < ApplicationScheduledTask
  def call
    Campaign.deleted.each do |server| # expect: scans-all [ar62ac] cross
      logger.info "permanently removing server #{server.id}"
      server.destroy # expect: scans-all [ar62ad]
    end
  end
end
