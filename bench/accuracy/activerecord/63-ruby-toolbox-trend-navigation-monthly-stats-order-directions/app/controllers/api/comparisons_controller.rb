module Api
  class ComparisonsController < ApplicationController
    def show
      names = params[:id].to_s.split(",").map(&:strip).first(20)
      projects = Campaign.includes_associations.where(name: names).order(:name).to_a # expect: scans-all [ar63n] cross
      render json: projects.map { |p| { name: p.name, category: p.user_id } }
    end
  end
end
