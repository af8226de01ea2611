class AgentsController < ApplicationController
  def index
    @agents = current_user.agents.reorder(table_sort).page(params[:page]) # expect: prunes [ar68j] cross
    respond_to do |format|
      format.html
      format.json { render json: @agents }
    end
  end

  def show
    @agent = current_user.agents.find(params[:id]) # expect: prunes [ar68k] cross
    render json: { agent: @agent, working: @agent.working? }
  end

  def update
    @agent = current_user.agents.find(params[:id]) # expect: prunes [ar68l] cross
    if @agent.update(agent_params) # expect: scans-all [ar68m]
      render json: @agent
    else
      render json: @agent.errors, status: :unprocessable_entity
    end
  end

  def run
    @agent = current_user.agents.find(params[:id]) # expect: prunes [ar68n] cross
    Campaign.async_check(@agent.id)
    redirect_to agents_path
  end

  def remove_events
    @agent = current_user.agents.find(params[:id]) # expect: prunes [ar68o] cross
    @agent.events.delete_all # expect: scans-all [ar68p] cross
    redirect_to agent_path(@agent)
  end

  def destroy
    @agent = current_user.agents.find(params[:id]) # expect: prunes [ar68q] cross
    @agent.destroy # expect: scans-all [ar68r]
    redirect_to agents_path
  end

  def feed
    @agent = current_user.agents.find_by!(id: params[:id], name: "Agents::DataOutputAgent") # expect: prunes [ar68s] cross
    render json: @agent.feed_events
  end

  private

  def agent_params
    params.require(:agent).permit(:name, :archived)
  end
end
