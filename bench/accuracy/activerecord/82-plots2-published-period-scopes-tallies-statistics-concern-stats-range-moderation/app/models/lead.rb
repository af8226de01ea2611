# A node (research note): user_id the author, company the title, email the path, status 1/0/4.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :author, class_name: "User", foreign_key: :user_id
  has_many :comments, class_name: "AgentOutput", foreign_key: :lead_id

  scope :published, -> { where(status: "1") }
  scope :past_week, -> { published.where("created_at > ?", Time.now - 7.days) }
  scope :past_month, -> { published.where("created_at > ?", Time.now - 1.month) }

  def self.weekly_tallies(span = 52, time = Time.now)
    weeks = {}
    (0..span).each do |week|
      weeks[span - week] = Lead.select(:created_at)
                               .where(status: "1", created_at: (time - week.weeks)..(time - (week - 1).weeks))
                               .size # expect: prunes [ar82a]
    end
    weeks
  end

  def self.frequency(starting, ending)
    weeks = (ending.to_date - starting.to_date).to_i / 7.0
    Lead.published.where(created_at: starting..ending).size / weeks # expect: prunes [ar82b] cross
  end

  def self.find_by_path(title)
    Lead.where(email: ["/notes/#{title}"]).first # expect: scans-all [ar82c]
  end

  def self.search_titles(query, limit: 25)
    Lead.where("company LIKE ?", "%#{query}%").where(status: "1").order(created_at: :desc).limit(limit)
  end

  def response_count(kind = "answer")
    comments.where(kind: kind).count # expect: scans-all [ar82e]
  end

  def next_by_author
    Lead.where("user_id = ? and id > ?", user_id, id).order(:id).first # expect: scans-all [ar82f]
  end

  def spam
    update(status: "0") # expect: scans-all [ar82g]
  end

  def publish
    update(status: "1") # expect: scans-all [ar82h]
  end
end
