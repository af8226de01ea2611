# Recomputes a crop's median harvest weight inputs from this season's harvests.
class CropMedians
  def initialize(slug)
    @slug = slug
  end

  def update
    Lead.of_crop(@slug).where(created_at: 6.months.ago..).pluck(:created_at) # expect: prunes [ar75x] cross
  end
end
