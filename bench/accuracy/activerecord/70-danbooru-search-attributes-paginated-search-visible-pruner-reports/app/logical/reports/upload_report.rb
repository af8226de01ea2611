module Reports
  class UploadReport
    attr_reader :from, :to

    def initialize(from:, to:)
      @from = from
      @to = to
    end

    def posts
      Lead.search(created_at: "#{from.iso8601}..#{to.iso8601}")
    end

    def uploads_by_user
      posts.reorder(nil).group(:user_id).count # expect: prunes [ar70n] cross
    end

    def comments_on_uploads
      AgentOutput.where(lead_id: posts.reorder(nil).select(:id)).count # expect: scans-all [ar70o] cross
    end
  end
end
