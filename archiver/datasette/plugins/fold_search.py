"""A datasette plugin `archiver serve` loads: the search box speaks the archive's query language, folded,
and ranks its results by relevance.

datasette passes the search box's words through the SQL function escape_fts; this plugin registers it
again (trylast, so after datasette's own) as archiver.search's expression, folded as the folded index
is: 'xu phat' is one word of two syllables, as in `archiver search`. The same function serves the
canned search query.

datasette's table page (0.65) cannot order a search by relevance, so a search of the articles table is
sent to the view articles_search (store.py, migration 3), whose rows carry the index's bm25 as
`relevance`: the same columns, filters and facets, best first. A sort the user chose is kept; the
table's default order (newest first), which the search form always sends, is not.
"""

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments

from archiver.search import search_box_expression

SEARCHED_TABLE = "articles"
RANKED_VIEW = "articles_search"
TABLE_DEFAULT_SORTS = ({"_sort_desc": "published_at"}, {"_sort": "published_at", "_sort_by_desc": "on"})
SORT_ARGS = ("_sort", "_sort_desc", "_sort_by_desc")


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, search_box_expression)


@hookimpl(trylast=True)  # after datasette's own search filter, which finds no index for a view
def filters_from_request(request, database, table, datasette):
    if table != RANKED_VIEW:
        return None
    query = request.args.get("_search", "")
    if not query.strip():
        return FilterArguments([], extra_context={"supports_search": True})
    return FilterArguments(
        ["search MATCH escape_fts(:search)"],
        {"search": query},
        [f'search matches "{query}", best first'],
        {"supports_search": True, "search": query},
    )


def ranked_location(path: str, query_string: str) -> str | None:
    """Where a search of the articles table is answered best first; None for every other request."""
    database, slash, rest = path.lstrip("/").partition("/")
    table, _, extension = rest.partition(".")
    if not slash or table != SEARCHED_TABLE or "/" in rest:
        return None
    args = parse_qsl(query_string, keep_blank_values=True)
    if not any(key == "_search" and value.strip() for key, value in args):
        return None
    sort = {key: value for key, value in args if key in SORT_ARGS}
    if not sort or sort in TABLE_DEFAULT_SORTS:
        args = [(key, value) for key, value in args if key not in SORT_ARGS]
    return f"/{database}/{RANKED_VIEW}{'.' + extension if extension else ''}?{urlencode(args)}"


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def send_searches_to_the_ranked_view(scope, receive, send):
            location = None
            if scope["type"] == "http":
                location = ranked_location(scope["path"], scope.get("query_string", b"").decode("utf-8", "replace"))
            if location is None:
                await app(scope, receive, send)
                return
            await send({"type": "http.response.start", "status": 302, "headers": [[b"location", location.encode()]]})
            await send({"type": "http.response.body", "body": b""})

        return send_searches_to_the_ranked_view

    return wrap
