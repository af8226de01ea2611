class Admin::ArticlesController < Admin::BaseController
  def index
    @articles = Lead.search_with(params[:search]).page(params[:page]).per(25).to_a # expect: scans-all [ar61w] cross
  end

  # The archives widget of the admin sidebar: one count per month that has articles.
  def months
    @counts = Lead.publication_months.map do |month|
      [month, Lead.published_at_like(month).count] # expect: prunes [ar61x] cross
    end
  end

  def destroy
    article = this_blog.leads.find(params[:id]) # expect: scans-all [ar61y]
    article.destroy # expect: scans-all [ar61z]
    redirect_to action: "index"
  end
end
