"""Search infrastructure shared by every app: the Elasticsearch backend that degrades to the
database backend instead of failing, its language analysis, and the queue of index updates
that could not reach Elasticsearch."""
