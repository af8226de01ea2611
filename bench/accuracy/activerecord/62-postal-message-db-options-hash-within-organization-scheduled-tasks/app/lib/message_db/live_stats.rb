module MessageDB
  # Messages of the last minutes, for the server overview's live counter.
  class LiveStats
    def initialize(database)
      @database = database
    end

    def total(minutes)
      @database.base.where("created_at > ?", minutes.minutes.ago).count
    end
  end
end
