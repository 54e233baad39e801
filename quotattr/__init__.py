"""quotattr: find quotations in text and say who said them.

>>> from quotattr import extract_quotes
>>> [(q.speaker.name, q.cue.text, q.kind) for q in extract_quotes('"We are close," Churkin said.')]
[('Churkin', 'said', 'direct')]
"""

from quotattr.batch import DocumentResult, extract_many, extract_partition
from quotattr.display import annotate, render_html, to_html
from quotattr.formats import to_records
from quotattr.lexicon import Lexicon
from quotattr.pipeline import extract_quotes
from quotattr.types import Candidate, Cue, Fragment, Quote, Speaker

__all__ = [
    "Candidate",
    "Cue",
    "DocumentResult",
    "Fragment",
    "Lexicon",
    "Quote",
    "Speaker",
    "annotate",
    "extract_many",
    "extract_partition",
    "extract_quotes",
    "render_html",
    "to_html",
    "to_records",
]
__version__ = "0.1.0"
