module ProjectsHelper
  def star_for_project(permalink)
    starred = current_user.starred_project?(permalink)
    content_tag :span, starred ? "★" : "☆", class: "star"
  end
end
