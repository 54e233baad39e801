"""quotattr: find quotations in text and say who said them.

>>> from quotattr import extract_quotes
>>> [(q.speaker.name, q.cue.text, q.kind) for q in extract_quotes('"We are close," Churkin said.')]
[('Churkin', 'said', 'direct')]
"""

from quotattr.lexicon import Lexicon
from quotattr.pipeline import extract_quotes
from quotattr.types import Candidate, Cue, Fragment, Quote, Speaker

__all__ = ["Candidate", "Cue", "Fragment", "Lexicon", "Quote", "Speaker", "extract_quotes"]
__version__ = "0.1.0"
