class ReposController < RepoBasedController
  def show
    @repo_name = params[:full_name]
    @repo_sub = current_user.campaigns_for(@repo_name).first if current_user # expect: prunes [ar58u] cross
    return head(:not_found) unless @repo_sub

    issues = @repo_sub.leads.where(status: "new").select(:id, :company, :created_at).limit(10)
    @issues = paginate(issues, after: params[:issues_after], before: params[:issues_before]).to_a # expect: scans-all [ar58w] cross
  end
end
