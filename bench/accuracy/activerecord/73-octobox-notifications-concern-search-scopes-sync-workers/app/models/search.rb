# Parses "repo:owner/name unread:true since:2026-03-01 free text" into scopes on the given relation.
class Search
  attr_reader :scope

  def initialize(query: "", scope:)
    @terms = query.to_s.split
    @scope = scope
  end

  def results
    res = scope
    res = res.title(freetext) if freetext.present?
    res = res.repo(repo) if repo.present?
    res = res.unread(unread) unless unread.nil?
    res = res.since(since) if since.present?
    res.newest
  end

  private

  def value(key)
    term = @terms.find { |t| t.start_with?("#{key}:") }
    term&.split(":", 2)&.last
  end

  def freetext
    @terms.reject { |t| t.include?(":") }.join(" ")
  end

  def repo
    value("repo")
  end

  def unread
    v = value("unread")
    v.nil? ? nil : v == "true"
  end

  def since
    v = value("since")
    Date.parse(v) if v
  end
end
