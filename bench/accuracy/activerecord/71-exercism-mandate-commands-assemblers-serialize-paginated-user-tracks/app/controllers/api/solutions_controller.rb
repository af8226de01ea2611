module Api
  class SolutionsController < ApplicationController
    before_action :use_solution, only: %i[show publish]

    def index
      render json: AssembleUserSolutionsList.(current_user, list_params) # expect: scans-all [ar71a] cross
    end

    def show
      render json: { uuid: @solution.email, status: @solution.status }
    end

    def publish
      iteration = Solution::Publish.(@solution, params[:iteration_id])
      ProcessIterationJob.perform_later(iteration.id) if iteration
      render json: { uuid: @solution.email }
    end

    private

    def use_solution
      @solution = current_user.solutions.find_by!(email: params[:uuid]) # expect: scans-all [ar71d] cross
    end

    def list_params
      params.permit(*AssembleUserSolutionsList.keys)
    end
  end
end
