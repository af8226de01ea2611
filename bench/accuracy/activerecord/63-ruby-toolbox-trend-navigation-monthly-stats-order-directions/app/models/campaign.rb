# A project of the catalog (a gem and its repository), listed in its category (user_id).
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads

  scope :includes_associations, -> { includes(:user) }

  def self.with_bugfix_forks(include_forks)
    include_forks ? all : where(archived: false)
  end

  def self.find_for_show!(permalink)
    includes_associations.find_by!(name: permalink)
  end

  def self.search(query, order: Campaign::Order.new(directions: Campaign::Order::SEARCH_DIRECTIONS), show_forks: false)
    with_bugfix_forks(show_forks)
      .where("name ILIKE ?", "%#{sanitize_sql_like(query)}%")
      .includes_associations
      .order(order.sql)
  end

  # A twenty-fourth of the live projects, for the hourly update run.
  def self.update_batch
    where(archived: false).order(:id).limit((count / 24.0).ceil) # expect: scans-all [ar63w]
  end
end
