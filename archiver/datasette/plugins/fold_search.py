"""A datasette plugin `archiver serve` loads: the search box folds đ to d, as the folded index does.

The folded index's tokenizer strips every mark but the stroke of đ, which the index maps to d when it
indexes a text. datasette passes the search box's words through the SQL function escape_fts; this
plugin registers it again (trylast, so after datasette's own) to apply the same mapping first.
"""

from datasette import hookimpl
from datasette.utils import escape_fts

_STROKE = str.maketrans({"đ": "d", "Đ": "D"})


def escape_folded_fts(query: str) -> str:
    return escape_fts(query.translate(_STROKE))


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, escape_folded_fts)
