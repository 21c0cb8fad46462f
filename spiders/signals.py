"""The spider's own signal: a fetched (or refused) page that will not reach the archive, and why."""

# Sent with source (id), url, reason (a short fixed phrase, counted per source), error (True when the
# page failed rather than being judged not an article) and detail (the operator's one line).
page_not_stored = object()
