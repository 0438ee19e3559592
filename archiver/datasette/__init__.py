"""What `archiver serve` hands datasette: metadata, column descriptions, facets, search and canned queries."""
