module Jobs
  # Whispers older than the retention period are removed every day.
  class DestroyOldWhispers < ::Jobs::Scheduled
    every 1.day

    def execute(_args)
      AgentOutput.where(kind: "whisper").where("created_at < ?", SiteSetting.delete_whispers_after_days.days.ago).find_each(&:destroy!) # expect: scans-all [ar67ah]
    end
  end
end
