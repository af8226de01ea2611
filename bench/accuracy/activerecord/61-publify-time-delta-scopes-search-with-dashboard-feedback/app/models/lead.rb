# A blog article; created_at is its publication time, status its state, company its permalink.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, dependent: :destroy

  scope :published, -> { where(status: "published").order(created_at: :desc) }
  scope :published_at, ->(time_params) { published.where(created_at: PublifyTime.delta(*time_params)) }
  scope :published_at_like, ->(date_at) { where(created_at: PublifyTime.delta_like(date_at)) }
  scope :published_since, ->(time) { published.where("created_at > ?", time) }
  scope :drafts, -> { where(status: "draft").order(id: :desc) }
  scope :searchstring, lambda { |search_string|
    tokens = search_string.split(" ").map { |c| "%#{c.downcase}%" }
    tokens.inject(where(status: "published")) do |scoped, token|
      scoped.where("LOWER(email) LIKE ? OR LOWER(company) LIKE ?", token, token)
    end
  }

  # The admin article list: each filter of the search form only when it was filled in.
  def self.search_with(params)
    params ||= {}
    scoped = unscoped
    scoped = scoped.searchstring(params[:searchstring]) if params[:searchstring].present?
    if params[:published_at].present? && /(\d\d\d\d)-(\d\d)/ =~ params[:published_at]
      scoped = scoped.published_at_like(params[:published_at])
    end
    scoped = scoped.where(status: params[:state]) if params[:state].present?
    scoped.order(created_at: :desc)
  end

  # The article of a dated permalink; old permalinks come without the date.
  def self.requested_article(params)
    date_range = PublifyTime.delta(params[:year], params[:month], params[:day])

    req_params = {}
    req_params[:company] = params[:title] if params[:title]
    req_params[:created_at] = date_range if date_range
    return if req_params.empty?

    published.find_by(req_params) # expect: scans-all [ar61d] cross
  end

  def self.search(query, args = {})
    query_s = query.to_s.strip
    return [] if query_s.empty?

    searchstring(query_s).page(args[:page]).per(args[:per_page])
  end

  def self.publication_months
    result = select(:created_at).where.not(created_at: nil).where(status: "published").to_a # expect: scans-all [ar61e]
    result.map { |a| a.created_at.strftime("%Y-%m") }.uniq
  end

  def next_article
    Lead.where("created_at > ?", created_at).order(:created_at).first # expect: prunes [ar61f]
  end

  def previous_article
    Lead.where(created_at: ...created_at).order(created_at: :desc).first # expect: prunes [ar61g]
  end
end
