class AssembleUserSolutionsList
  include Mandate

  initialize_with :user, :params

  def self.keys
    %i[page per status track_id criteria period order]
  end

  def call
    unscoped_total = user.solutions.count # expect: scans-all [ar71c] cross

    SerializePaginatedCollection.(
      solutions,
      serializer: SerializeSolutions,
      meta: { unscoped_total: }
    )
  end

  memoize
  def solutions
    Solution::SearchUserSolutions.(user, **params.slice(*self.class.keys).to_h.symbolize_keys)
  end
end
