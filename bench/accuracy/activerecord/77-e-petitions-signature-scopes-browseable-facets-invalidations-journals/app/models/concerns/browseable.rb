# Facets registered by each browsable model: a name and the relation it lists.
module Browseable
  extend ActiveSupport::Concern

  included do
    class_attribute :facets
    self.facets = {}
  end

  class Facets
    def initialize(search)
      @search = search
      @klass = search.klass
    end

    def [](key)
      facets[key]
    end

    def keys
      @klass.facets.keys
    end

    private

    def facets
      @facets ||= Hash.new do |hash, key|
        raise ArgumentError, "Unsupported facet: #{key.inspect}" unless @klass.facets.key?(key)

        hash[key] = scope(key).count # expect: scans-all [ar77a] cross
      end
    end

    def scope(key)
      @klass.instance_exec(&@klass.facets.fetch(key))
    end
  end

  class Search
    attr_reader :klass, :params

    def initialize(klass, params = {})
      @klass = klass
      @params = params
    end

    def current_page
      @current_page ||= [params[:page].to_i, 1].max
    end

    def page_size
      @page_size ||= [[params.fetch(:count, 50).to_i, 50].min, 1].max
    end

    def scope
      @scope ||= facets.keys.detect(-> { :all }) { |key| key.to_s == params[:state] }
    end

    def facets
      @facets ||= Facets.new(self)
    end

    def to_a
      @results ||= execute_search
    end

    private

    def execute_search
      relation = klass
      relation = relation.where("campaigns.name ILIKE ?", "%#{params[:q]}%") if params[:q].present?
      relation = relation.instance_exec(&klass.facets[scope])
      relation.offset((current_page - 1) * page_size).limit(page_size).to_a # expect: scans-all [ar77b] cross
    end
  end

  class_methods do
    def facet(key, scope)
      facets[key] = scope
    end

    def search(params)
      Search.new(self, params)
    end
  end
end
