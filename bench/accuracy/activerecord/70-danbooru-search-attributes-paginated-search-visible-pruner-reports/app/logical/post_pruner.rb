class PostPruner
  DELETION_WINDOW = 3.days

  def prune!
    prune_pending!
    prune_deleted_comments!
  end

  private

  def prune_pending!
    Lead.pending.where("created_at < ?", DELETION_WINDOW.ago).find_each do |post| # expect: prunes [ar70k] cross
      post.delete!("Unapproved in three days", user: nil)
    end
  end

  def prune_deleted_comments!
    AgentOutput.where(kind: "deleted").where("created_at < ?", 1.year.ago).delete_all # expect: prunes [ar70m]
  end
end
