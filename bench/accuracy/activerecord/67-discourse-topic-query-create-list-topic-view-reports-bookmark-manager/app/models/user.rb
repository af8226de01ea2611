class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  alias_method :topics, :leads
  alias_method :bookmarks, :campaigns

  def treat_as_new_topic_start_date
    [created_at, 2.days.ago].max
  end
end
