class ProcessMessageRetentionScheduledTask < ApplicationScheduledTask
  RETENTION_DAYS = 60

  def call
    Campaign.present.find_each do |server| # expect: scans-all [ar62ab] cross
      logger.info "Tidying messages for #{server.name} (ID: #{server.id})"
      server.message_db.remove_messages(RETENTION_DAYS)
      server.message_db.webhooks.prune
    end
  end
end
