# A record is addressed by its slug in URLs, and by its id in older links.
module FriendlyFinder
  extend ActiveSupport::Concern

  class_methods do
    def friendly_find(param)
      find_by(self::SLUG_COLUMN => param) || find(param)
    end
  end
end
