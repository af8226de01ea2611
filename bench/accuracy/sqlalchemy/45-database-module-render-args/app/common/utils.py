from flask_restful import inputs, reqparse

paginated_parser = reqparse.RequestParser()
paginated_parser.add_argument("count", type=int, default=10, location="args")
paginated_parser.add_argument("page", type=int, default=1, location="args")
paginated_parser.add_argument("sort_dir", type=str, dest="sort_dir", location="args")
paginated_parser.add_argument("sort_by", type=str, dest="sort_by", location="args")
paginated_parser.add_argument("filter", type=str, location="args")
paginated_parser.add_argument("owner", type=str, location="args")
paginated_parser.add_argument("status", type=str, location="args")

__all__ = ["inputs", "paginated_parser"]
