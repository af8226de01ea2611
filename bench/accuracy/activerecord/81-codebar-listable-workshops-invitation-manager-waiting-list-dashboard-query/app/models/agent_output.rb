# A workshop invitation: lead_id the workshop, kind the role (Student/Coach), body the RSVP state.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :workshop, class_name: "Lead", foreign_key: :lead_id

  scope :accepted, -> { where(body: "attending") }
  scope :not_accepted, -> { where("body IS NULL OR body <> 'attending'") }
  scope :attended, -> { where(body: "attended") }
  scope :to_students, -> { where(kind: "Student") }
  scope :to_coaches, -> { where(kind: "Coach") }
  scope :last_six_months, -> { where(created_at: 6.months.ago...Time.zone.now) }

  # The waiting list: invitations of a workshop waiting for a place, first come first served.
  def self.waiting_for(workshop, role)
    where(lead_id: workshop.id, kind: role, body: "waiting")
  end

  def self.next_spot(workshop, role)
    waiting_for(workshop, role).order(:created_at).first # expect: scans-all [ar81f] cross
  end
end
