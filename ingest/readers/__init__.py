"""One reader per input format: bytes or a stream in, `ArticleRecord`s and `Quarantined` out."""
