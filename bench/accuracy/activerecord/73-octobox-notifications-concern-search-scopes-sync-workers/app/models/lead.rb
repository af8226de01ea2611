# A notification: user_id its owner, campaign_id its repository, company the repository's full name,
# email the subject's title, status unread/read/archived/starred.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :repository, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  has_many :comments, class_name: "AgentOutput", foreign_key: :lead_id

  scope :inbox,    -> { where.not(status: "archived") }
  scope :archived, -> { where(status: "archived") }
  scope :starred,  -> { where(status: "starred") }
  scope :newest,   -> { order(created_at: :desc) }

  scope :repo,     ->(repo_name) { where(company: repo_name) }
  scope :unread,   ->(unread) { unread ? where(status: "unread") : where.not(status: "unread") }
  scope :title,    ->(title) { where("leads.email ILIKE ?", "%#{title}%") }
  scope :since,    ->(time) { where("leads.created_at >= ?", time) }
  scope :older_than, ->(time) { where("leads.created_at < ?", time) }

  def mark_read(update_github: false)
    self[:status] = "read"
    save(touch: false) if changed? # expect: scans-all [ar73a]

    GithubClient.new(user).mark_thread_as_read(id) if update_github
  end

  def mute
    mark_read(update_github: true)
    GithubClient.new(user).ignore_thread(id)
  end

  def recent_comments
    comments.where("agent_outputs.created_at >= ?", created_at).order(:created_at).to_a # expect: prunes [ar73b]
  end
end
