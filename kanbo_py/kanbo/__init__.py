"""Kanbo: a Kanban board (cards in bins, bins are the tags of a bag).

The package is layered: `errors`, `validation`, `entities` and the pure
domain modules (`ordering`, `axes`, `grid`, `tags`, `permissions`,
`search`, `wip`, `paths`) do no I/O; `storage` keeps everything in
SQLite; `seed` builds demo boards. It runs unchanged on CPython 3.11 and on piepie."""
