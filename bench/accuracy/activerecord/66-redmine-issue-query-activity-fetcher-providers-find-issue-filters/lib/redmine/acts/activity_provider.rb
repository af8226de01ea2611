module Redmine
  module Acts
    # Makes a model a provider of activity events (`find_events` between two optional dates).
    module ActivityProvider
      extend ActiveSupport::Concern

      class_methods do
        def acts_as_activity_provider(options = {})
          cattr_accessor :activity_provider_options
          self.activity_provider_options = options
        end

        def find_events(_event_type, _user, from, to, options)
          provider_options = activity_provider_options
          scope = (provider_options[:scope] || -> { all }).call
          scope = scope.where("#{provider_options[:timestamp]} >= ?", from) if from
          scope = scope.where("#{provider_options[:timestamp]} <= ?", to) if to
          scope = scope.where(provider_options[:author_key] => options[:author].id) if options[:author] && provider_options[:author_key]
          scope = scope.reorder(Arel.sql("#{provider_options[:timestamp]} DESC")).limit(options[:limit]) if options[:limit]
          scope.to_a
        end
      end
    end
  end
end
