class ProcessIterationJob < ApplicationJob
  queue_as :default

  def perform(iteration_id)
    iteration = AgentOutput.find(iteration_id) # expect: scans-all [ar71l]
    solution = iteration.solution # expect: scans-all [ar71m] cross
    iteration.update!(kind: "tested") # expect: scans-all [ar71n]
    solution.update!(status: "iterated") if solution.status == "started" # expect: scans-all [ar71p]
  end
end
