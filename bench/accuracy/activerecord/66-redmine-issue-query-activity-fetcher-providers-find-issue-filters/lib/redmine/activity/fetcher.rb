module Redmine
  module Activity
    # Retrieves the events of the registered providers, optionally of one author, between two dates.
    class Fetcher
      attr_reader :user, :scope

      def initialize(user, options = {})
        options.assert_valid_keys(:author)
        @user = user
        @scope = Redmine::Activity.default_event_types
        @options = options
      end

      def events(from = nil, to = nil, options = {})
        e = []
        @options[:limit] = options[:limit]
        @scope.each do |event_type|
          constantized_providers(event_type).each do |provider|
            e += provider.find_events(event_type, @user, from, to, @options)
          end
        end
        e.sort! { |a, b| b.created_at <=> a.created_at }
        e = e.slice(0, options[:limit]) if options[:limit]
        e
      end

      private

      def constantized_providers(event_type)
        Redmine::Activity.providers[event_type].map(&:constantize)
      end
    end
  end
end
