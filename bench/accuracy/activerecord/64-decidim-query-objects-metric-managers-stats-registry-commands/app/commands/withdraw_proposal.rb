# A Decidim command: validates, changes the record and broadcasts the outcome to the caller's handlers.
class WithdrawProposal
  include Wisper::Publisher

  def self.call(*args, &block)
    command = new(*args)
    command.subscribe(Wisper::BlockRegistration.new(block)) if block
    command.call
  end

  def initialize(proposal, current_user)
    @proposal = proposal
    @current_user = current_user
  end

  def call
    return broadcast(:has_votes) if @proposal.agent_outputs.where(kind: "vote").exists? # expect: scans-all [ar64d] cross

    @proposal.update!(status: "withdrawn") # expect: scans-all [ar64e] cross
    broadcast(:ok, @proposal)
  end
end
