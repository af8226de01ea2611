class AnswerProposal
  include Wisper::Publisher

  def self.call(*args, &block)
    command = new(*args)
    command.subscribe(Wisper::BlockRegistration.new(block)) if block
    command.call
  end

  def initialize(form, proposal)
    @form = form
    @proposal = proposal
  end

  def call
    return broadcast(:invalid) if @form.invalid?

    @proposal.update!(status: @form.state) # expect: scans-all [ar64q] cross
    broadcast(:ok)
  end
end
