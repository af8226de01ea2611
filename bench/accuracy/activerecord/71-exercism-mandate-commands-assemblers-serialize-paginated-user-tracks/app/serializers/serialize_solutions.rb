class SerializeSolutions
  include Mandate

  initialize_with :solutions

  def call
    solutions.map do |solution| # expect-also: [ar71a] [ar71b]
      { uuid: solution.email, exercise: solution.company, status: solution.status, created_at: solution.created_at }
    end
  end
end
