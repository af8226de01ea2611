class ExportsController < ApplicationController
  include Windowing

  def index
    @leads = paginate(Lead.where(company: params[:company])).to_a # expect: scans-all [ar08a] cross
  end

  def monthly
    @leads = paginate(within_month(Lead.where(company: params[:company]), Date.parse(params[:month]))).to_a # expect: prunes [ar08b] cross
  end

  def outputs
    @outputs = within_month(AgentOutput.of_kind("call"), Date.current).to_a # expect: prunes [ar08c] cross
  end
end
