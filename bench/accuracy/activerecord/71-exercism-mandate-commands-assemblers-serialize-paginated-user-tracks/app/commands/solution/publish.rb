class Solution
  class Publish
    include Mandate

    initialize_with :solution, :iteration_id

    def call
      solution.lock! # expect: scans-all [ar71e] cross
      iteration = iteration_id ? solution.iterations.find(iteration_id) : solution.latest_iteration # expect: scans-all [ar71g] cross
      solution.update!(status: "published", company: solution.company) # expect: scans-all [ar71h] cross
      iteration
    end
  end
end
