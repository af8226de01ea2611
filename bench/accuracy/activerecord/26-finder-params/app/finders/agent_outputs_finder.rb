# Outputs of one month: the window is always applied, the kind only when asked for.
class AgentOutputsFinder
  def initialize(month:, kind: nil)
    @month = month
    @kind = kind
  end

  def execute
    items = AgentOutput.where(created_at: @month.beginning_of_month...@month.next_month.beginning_of_month)
    items = items.where(kind: @kind) if @kind
    items.order(created_at: :desc)
  end
end
