class Campaign
  class Reset
    include Mandate

    initialize_with :user_track

    def call
      Lead.where(user_id: user_track.user_id, campaign_id: user_track.id).delete_all # expect: scans-all [ar71r]
      user_track.update!(archived: false) # expect: scans-all [ar71t] cross
    end
  end
end
