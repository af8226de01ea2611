require "csv"

module Apps
  class ConversationsController < ApplicationController
    def export
      conversations = ConversationsExport.new(current_app, params).scope
      rows = conversations.includes(:messages).to_a # expect: scans-all [ar86w] cross
      send_data to_csv(rows), filename: "conversations.csv"
    end

    def last_week
      export = ConversationsExport.new(current_app, from: 1.week.ago.to_s, to: Time.current.to_s)
      render json: { count: export.scope.count } # expect: prunes [ar86x] cross
    end

    private

    def to_csv(rows)
      CSV.generate do |csv|
        rows.each { |c| csv << [c.company, c.status, c.email, c.messages.size, c.created_at.iso8601] }
      end
    end
  end
end
