class Finance::BaseController < ApplicationController
  before_action :authenticate_finance
  before_action { @per_page = (params[:per_page] || 20).to_i }
end
