module Card::Closeable
  extend ActiveSupport::Concern

  included do
    scope :closed, -> { where(status: "closed") }
    scope :open, -> { where.not(status: %w[closed not_now]) }
    scope :recently_closed_first, -> { closed.order(created_at: :desc) }
  end

  def closed?
    status == "closed"
  end

  def close(user: Current.user)
    return if closed?

    transaction do
      update!(status: "closed") # expect: scans-all [ar85f]
      track_event :closed, creator: user
    end
  end

  def reopen(user: Current.user)
    return unless closed?

    transaction do
      update!(status: "published") # expect: scans-all [ar85g]
      track_event :reopened, creator: user
    end
  end
end
