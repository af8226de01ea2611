class OutputsController < ApplicationController
  include SortableTable

  before_action :load_output, except: :index

  def index
    set_table_sort sorts: %w[created_at kind], default: { created_at: :desc }

    if params[:lead_id]
      @lead = current_user.leads.find(params[:lead_id]) # expect: scans-all [ar47a]
      @outputs = @lead.agent_outputs.page(params[:page]) # expect: scans-all [ar47b]
    else
      @outputs = current_user.agent_outputs.preload(:lead).reorder(table_sort).page(params[:page]) # expect: scans-all [ar47c] cross
    end

    respond_to do |format|
      format.html
      format.json { render json: @outputs }
    end
  end

  def show
    render json: @output
  end

  def destroy
    @output.destroy # expect: scans-all [ar47e] cross
    head :no_content
  end

  private

  def load_output
    @output = current_user.agent_outputs.find(params[:id]) # expect: scans-all [ar47d]
  end
end
