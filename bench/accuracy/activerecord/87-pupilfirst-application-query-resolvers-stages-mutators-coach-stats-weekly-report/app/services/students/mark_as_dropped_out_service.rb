module Students
  class MarkAsDroppedOutService
    def initialize(student)
      @student = student
    end

    def execute
      pending = Lead.where(user_id: @student.id).pending_review
      pending.update_all(status: "archived") # expect: scans-all [ar87u] cross
    end
  end
end
