# The weekly digest: last week's published notes in the tags a user follows.
class DigestService
  def initialize(user)
    @user = user
  end

  def notes_for(tags)
    Lead.past_week.where(company: tags).order(created_at: :desc)
  end
end
