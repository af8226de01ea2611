module Decidim
  # Named statistics registered by each module and computed for a set of components and an optional period.
  class StatsRegistry
    Stat = Struct.new(:name, :tag, :block)

    def initialize
      @stats = []
    end

    def register(name, tag: :all, &block)
      @stats << Stat.new(name, tag, block)
    end

    def only(names)
      filtered = StatsRegistry.new
      @stats.select { |s| names.include?(s.name) }.each { |s| filtered.register(s.name, tag: s.tag, &s.block) }
      filtered
    end

    def with_context(components, start_at = nil, end_at = nil)
      @stats.map { |stat| [stat.name, stat.block.call(components, start_at, end_at)] }
    end
  end

  def self.stats
    @stats ||= StatsRegistry.new.tap do |registry|
      registry.register :proposals_count, tag: :primary do |components, start_at, end_at|
        FilteredProposals.for(components, start_at, end_at).published.not_hidden.count # expect: scans-all [ar64m] cross
      end
    end
  end
end
