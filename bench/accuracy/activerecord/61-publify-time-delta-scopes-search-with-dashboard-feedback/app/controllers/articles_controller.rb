class ArticlesController < ApplicationController
  def index
    limit = this_blog.per_page(params[:format])
    articles_base = if params[:year].blank?
                      this_blog.leads.published
                    else
                      this_blog.leads.published_at(params.values_at(:year, :month, :day))
                    end
    @articles = articles_base.includes(:campaign).page(params[:page]).per(limit).to_a # expect: scans-all [ar61a] cross
    render :index
  end

  # The archive page of one month: the route always carries year and month.
  def archive_month
    @articles = this_blog.leads.published_at([params[:year], params[:month]]).to_a # expect: prunes [ar61b] cross
  end

  def search
    @articles = this_blog.articles_matching(params[:q], page: params[:page], per_page: this_blog.per_page(params[:format])).to_a # expect: scans-all [ar61c] cross
    return render(:error, status: :not_found) if @articles.empty?

    render :search
  end

  def redirect
    @article = Lead.requested_article(params.permit(:year, :month, :day, :title))
    return render(:error, status: :not_found) unless @article

    @next = @article.next_article
    @previous = @article.previous_article
    @comments = @article.agent_outputs.ham.order(:created_at).to_a # expect: scans-all [ar61h] cross
  end

  def archives
    @articles = this_blog.published_leads.includes(:campaign).page(params[:page]).per(20).to_a # expect: scans-all [ar61i] cross
  end

  def tag
    @tag = this_blog.campaigns.find_by!(name: params[:id]) # expect: prunes [ar61j]
    @articles = @tag.leads.published.page(params[:page]).per(10).to_a # expect: scans-all [ar61k] cross
  end
end
