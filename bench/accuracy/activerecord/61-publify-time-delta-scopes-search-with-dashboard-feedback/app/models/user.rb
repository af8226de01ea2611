# A blog: its contents, its tags and the published articles shown on the front page.
class User < ApplicationRecord
  has_many :leads
  has_many :campaigns
  has_many :published_leads, -> { published }, class_name: "Lead"

  def articles_matching(query, args = {})
    Lead.search(query, args) # expect-also: [ar61c]
  end

  def per_page(format)
    format == "rss" ? 25 : 10
  end
end
