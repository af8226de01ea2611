class Api::V2::LinksController < Api::V2::BaseController
  before_action :fetch_product, only: %i[show disable]

  def index
    products = current_resource_owner.links.alive.order(:id).to_a # expect: prunes [ar72l] cross
    render json: { success: true, products: products.as_json }
  end

  def show
    render json: { success: true, product: @product.as_json, sales_count: @product.sales_count_for_inventory }
  end

  def disable
    @product.unpublish!
    render json: { success: true, product: @product.as_json }
  end

  private

  def fetch_product
    @product = current_resource_owner.links.find_by_external_id(params[:id]) # expect: prunes [ar72m] cross
    error_400("The product was not found.") if @product.nil?
  end
end
