module Flags
  # The registry of what an admin can do with a flag.
  class ActionFactory
    ACTIONS = {
      "dismiss" => "Flags::Actions::Dismiss",
      "remove_project_submission" => "Flags::Actions::RemoveProjectSubmission",
      "ban" => "Flags::Actions::Ban"
    }.freeze

    def self.for(action, flag:)
      ACTIONS.fetch(action, "Flags::Actions::Dismiss").constantize.new(flag:)
    end
  end
end
