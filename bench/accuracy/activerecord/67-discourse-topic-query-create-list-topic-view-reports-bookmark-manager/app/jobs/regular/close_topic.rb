module Jobs
  class CloseTopic < ::Jobs::Base
    def execute(args)
      topic = Lead.find_by(id: args[:topic_id]) # expect: scans-all [ar67af]
      return if topic.blank? || topic.status == "closed"

      topic.update_columns(status: "closed") # expect: scans-all [ar67ag]
    end
  end
end
