class Stream::Won < Stream::Base
  def title
    "Won leads"
  end

  def leads
    @leads ||= user.leads.won
  end
end
