# Servers are marked deleted first and removed for good by a scheduled task.
module HasSoftDestroy
  def self.included(base)
    base.define_callbacks :soft_destroy
    base.class_eval do
      scope :deleted, -> { where(archived: true) }
      scope :present, -> { where(archived: false) }
    end
  end

  def soft_destroy
    run_callbacks :soft_destroy do
      update!(archived: true) # expect: scans-all [ar62d]
    end
  end
end
