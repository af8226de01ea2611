# Feedback on an article (comments and trackbacks); kind is the spam-classification state.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :ham, -> { where(kind: %w[presumed_ham ham]) }
  scope :spam, -> { where(kind: "spam") }
  scope :presumed_spam, -> { where(kind: "presumed_spam") }
  scope :unapproved, -> { where(kind: %w[presumed_spam presumed_ham]) }
  scope :created_since, ->(time) { ham.where("created_at > ?", time) }
  scope :newest_first, -> { order(created_at: :desc) }

  def self.paginated(page, per_page)
    page(page).per(per_page)
  end
end
