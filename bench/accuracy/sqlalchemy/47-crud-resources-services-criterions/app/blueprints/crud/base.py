from flask import request
from flask.views import MethodView

from app.utils import query as query_utils
from app.utils.args import ArgsMixin


class BaseModelsResource(MethodView, ArgsMixin):
    """The list endpoint of a model: request-arg filters, permission filter, optional pagination."""

    def __init__(self, model):
        MethodView.__init__(self)
        self.model = model

    def all_entries(self, query=None):
        if query is None:
            query = self.model.query
        return self.model.serialize_list(query.all())

    def apply_filters(self, query, options):
        return query_utils.apply_criterions_to_db_query(self.model, query, options)

    def add_project_permission_filter(self, query):
        return query

    def get(self):
        query = self.model.query
        options = query_utils.get_query_criterions_from_request(request)
        query = self.apply_filters(query, options)
        query = self.add_project_permission_filter(query)
        page = self.get_page()
        if page > -1:
            return query_utils.get_paginated_results(query, page, limit=self.get_limit())
        return self.all_entries(query)


class BaseModelResource(MethodView, ArgsMixin):
    """The single-instance endpoint of a model."""

    def __init__(self, model):
        MethodView.__init__(self)
        self.model = model

    def get_model_or_404(self, instance_id):
        instance = self.model.get_by(id=instance_id)
        if instance is None:
            return None
        return instance

    def get(self, instance_id):
        instance = self.get_model_or_404(instance_id)
        return instance.serialize() if instance else ({"message": "not found"}, 404)

