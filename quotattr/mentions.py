"""Stage 5: speaker mention patterns. Finds the noun phrase that names who speaks, around a cue.

Rules:
- ``pronoun-subject``: a subject pronoun right before the cue (``he said``) or right after it (``said she``).
- ``restrictive-relative``: a noun phrase ending a relative clause set off by no comma is no subject (``Voters who
  support Trump said``), also after ``whose`` (``Parents whose children attend the school said``): the speaker is
  the noun phrase before ``who`` with its clause, named by that noun phrase.
- ``pronoun-after-noun``: ``someone``, ``everybody`` … take no lower-case word before them but ``not``, an
  approximator or an adverb (``At the back of the hall somebody said`` is ``somebody``; ``Almost everyone``
  stays; stop 52: speaker spans only, 2 matched and 2 unmatched reports of PolNeAR train).
- ``name-or-role-np``: a run of capitalised words, titles, roles and nouns, with possessives and an inner
  ``of``/``for``/``to``/``at`` phrase (``Russia's United Nations ambassador Vitaly Churkin``, ``The U.S. ambassador to
  the United Nations``, ``a reporter for USA Today``, ``voters in each state``; ``person-before-place``: a place
  phrase after a person's noun or a party's members, ``on`` too: ``A policeman at the door said``, ``a policeman
  on the Embankment said``, ``Democrats on the House Select Committee on Benghazi``, not the door, the Embankment or
  the committee; stop 56: speaker spans only, no verdict moved on the eight sets);
  ``percent-sign``: a number and ``%``
  (``26% say …``), as ``26 percent``. It never ends with a preposition
  (``took the step of speaking``) nor is it an article alone (``article-no-phrase``: ``the Sunday morning shows``
  names no speaker ``the``) or a preposition opening the sentence (``For instance, calls to …``); a date joins nothing
  (``a letter on Thursday to Senate leaders``), and a manner adverb before a name is no part of it
  (``adverb-before-name``: ``ultimately Prager said``; an ``-ly`` adjective is: ``likely Republican voters``,
  ``data/word_classes.tsv`` adjective-ly). A participle after a determiner is a modifier (``asked a grinning
  countryman``), and so is a verb's form before a title (``verb-form-before-title``: ``said state Rep. Tom Hall``);
  lower-case particles join a name (``name-particle``: ``Mr. van der Luyden``, and before a verb ``Erik ten Hag
  insisted``); a subject runs over a role before a name (``role-then-name``: ``Labour leader Keir Starmer hit back``;
  stop 63: a role of up to three words, ``Library workers' union president Sam Blake``; ``name-past-window``: a name
  right after a described subject's words is read whole, ``The workers' union president Sam Blake``, not ``… Sam``);
  ``reduced-relative`` (stop 63): before a cue, ``a`` or ``an``, a singular noun and a plural source noun open a
  relative clause with no ``that``, whose subject speaks (``…, a move critics called "short-sighted"`` is the
  critics'; not after a counting noun, ``a dozen critics``: ``data/word_classes.tsv`` count-noun);
  ``object-then-name``: after a sentence-opening preposition and its object, a name alone is the speaker (``At the
  door John said``: not ``the door John``; ``clause-opening``: so after the ``and`` or ``but`` of a coordinated
  clause, ``…, and in the end Senator Ruiz said``; stop 52: speaker spans only, no report or name changed on the
  eight sets; ``At length Darcy said``, and mid-sentence ``set-phrase-then-name``: ``…,
  until at last Lilia, …, said``; a bare time as the object: ``After luncheon Tony said``, ``In January Smith said``,
  ``data/word_classes.tsv`` time, time-noun, month; ``time-then-name``: ``Next day Jock said``, ``That evening Tony
  said``); ``possessed-head``: any noun after a name's possessive heads a speaker (``said Brenda's solicitor``, ``said
  Lady Catherine's daughter``); ``bare-partitive``: after the cue, a partitive alone (``one``, ``another``,
  ``several``: ``data/word_classes.tsv`` partitive) before punctuation or ``who`` is the speaker (``"It was chaos,"
  said another.``; not ``said one thing``); ``the-other``: so is ``the other`` (``data/word_classes.tsv``
  other-person) before punctuation, ``who`` or a manner adverb, and before its verb (``"No," the other replied.``),
  whom the pipeline leaves to the turn order; ``unnamed-after-cue``: so is a person no one names (``"Wait!" called
  someone.``, ``said somebody else``; ``data/word_classes.tsv`` unnamed-person); ``couple-of-titles``: two married
  titles joined by ``and`` before a name are one speaker (``said Mr. and Mrs. Gardiner``). It stops at an article,
  a subject pronoun or a possessive after its head (``told reporters the plan was dead``, ``told a crowd he would
  stay``, ``told the court his client …``; stop 47). A titled person after ``of``, a name after a name
  and ``to``/``at``, a given name alone after a described person and ``of`` (``inquired the girl of Robert``), or
  anything after a person and ``to`` (also after a title that takes no ``to``: ``said the Inspector to Holmes``;
  ``data/word_classes.tsv`` to-role) is not part of it (``asked Eugenio of Mrs. Miller``, ``said Anne to Diana``,
  ``said the parlourmaid to Leonard``: the addressee; but ``the ambassador to Russia``); ``voice-of``: a speaking part
  takes ``of the`` and a name (``replied the voice of the Dodger``). ``like`` ends it (``said Syme like a man``:
  ``data/function_words.txt``), and a sentence-opening preposition or subordinator is no part of it (``For Harriet,
  after …, was …`` names ``Harriet``, ``Whereas Philip laughed`` names ``Philip``); nor is a sentence-opening word in
  ``-ing`` before a preposition (``fronted-participle-no-name``: ``Speaking in Harlem, Clinton, a Democrat, said`` is
  Clinton's, not ``Speaking in Harlem``'s; stop 45); a lower-case irregular past form after a noun ends the phrase
  (``past-in-np``: ``the meeting got people talking`` names ``people``, ``The department spent months`` no
  ``department spent months``; stop 45); nor a lower-case time noun before a name (``time-before-name``: ``the
  first time Trump had criticized Powell`` names ``Trump``; stop 57).
- ``skip-aux-adverb``: auxiliaries, modals, adverbs, time words and prepositional adverbs between subject and cue
  are skipped (``Smith has also said``, ``Emanuel may have thought``, ``Trump on Monday said``, ``France in
  particular feared``; connective adverbs set off by commas open an appositive segment, ``Critics, however, said``:
  ``however``, ``though``, ``instead``, ``nevertheless``, ``nonetheless``, ``indeed``, ``moreover``, ``likewise``,
  ``similarly`` added in stop 45, not ``too``, a degree in ``are too concerned about``), a manner adverb only,
  never a noun that ends like one (``The family said``, not ``The``),
  a comparison after ``be`` before an adjective or participle cue (``degree-before-adjective``: ``He is most proud
  of …``; not ``but most said``), and so is a catenative verb before a participle cue (``Mrs. Herriton kept
  saying``), but
  not a quantifier opening the clause (``Both think``; ``They both said``); ``heard-oneself``: nor a verb of
  perception before a reflexive (``Archer heard himself repeating`` is Archer's; ``heard-oneself-say``: before a
  base form too, ``"…," I heard myself say.``); ``the-ordinal``: after ``the`` an ordinal before a past form is the
  subject (``"…," the first said.``); ``heard-saying``: nor a passive of
  hearing or quoting before a speech verb in ``-ing`` (``a reporter can be heard asking``, ``Braynard is quoted as
  saying``; ``data/word_classes.tsv`` heard-saying); ``perceiver-not-np``: a verb of
  perception is no part of the phrase after it (``he heard Katharine say`` names ``Katharine``).
- ``dated-phrase``: so is a year or month after ``in`` or a time lead (``a panel in 2001 found``, ``a poll in
  late August found``); a month alone is not (``Theresa May said``); ``dated-participle``: nor is an ``-ed`` word
  before a time word (``The latest poll released Friday shows``).
- ``lower-case-head``: a lower-case head is a known source noun, a plural, a quantity or an indefinite pronoun
  (``officials said``, ``someone asked``, ``most are planning``, ``those surveyed say``), or follows an article,
  number or name (``Gallup's tracking average shows``), never a lone verb,
  adjective or bare singular noun (``could not resist pointing out``); ``possessive-then-noun``: or follows a
  possessive pronoun when a past form of a cue comes next (``…, his daughter said.``; not ``her own plans``, ``his
  recent claim``, whose cue word may be a noun).
- ``past-tense-ends-np``: a lower-case ``-ed`` word after a noun is a verb and ends the phrase (``said the Lee
  family deserved better`` names no speaker ``the Lee family deserved``); not after an adverb or determiner (``the
  newly elected mayor``); so is a common irregular past form (``data/word_classes.tsv`` past-verb: ``the White
  Rabbit blew three blasts``).
- ``head-before-connector``: a speaker whose last word is no head a speaker may have keeps the head it had
  before its first connector (``said Jens Niklasch of LBBW bank``: the name, not ``bank``; stop 51, hand-written
  news; PolNeAR and PDNC unchanged).
- ``participle-after-name``: a lower-case ``-ing`` word after a capitalised name ends the phrase (``cried Sikes
  starting up``); a determiner's noun stays in it before a manner adverb (``said his colleague indifferently``), and
  so does a name after a belief adjective (``remarked skeptical Anne``); a manner adverb after a bare quantifier ends
  it too (``said the other steadily`` names no ``other steadily``), and (``adverb-after-name``) a lower-case sentence
  or time adverb or a quantifier after a name (``said Mrs. Palmer soon afterwards``, ``said Kemp many times over``),
  also after a determiner and its noun (``described-then-adverb``: ``continued her mother soon afterwards``, ``said
  the old lady smiling``, ``said her aunt next morning``; and ``aloud``, also where the determiner came before the
  phrase read: ``said the girl aloud``; stop 50). ``ly-adjective``: after a determiner, an ``-ly`` word
  before a lower-case noun is an adjective (``said a little ugly man``, ``a little ugly hump-backed man``, ``said a
  great lubberly fellow``; ``said the man quietly to her`` ends at the adverb, and so does ``said the Jew greatly
  excited``), and a noun after a determiner and one modifier stays before a manner adverb (``answered the elder woman
  querulously`` was ``the elder``; a degree word still ends a name: ``replied Thorpe rather angrily``). ``initial``: a
  capital and its period inside a name is no article or pronoun (``Jock A. Finlayson``). ``paired-modifiers``: ``and``
  may join two modifiers right after a determiner (``exclaimed a haughty and magnificent nephew``).
- ``modifier-then-noun``: a capitalised run opening the sentence and a person or group noun at most two lower-case
  words after it are one subject (``American officials, speaking …, said``, ``A Clinton campaign official said``,
  ``The New Jersey governor``), not the modifier alone.
- ``possessive-opens-np``: a possessive after a determiner and a noun opens a new phrase (``after a moment his
  mother ventured`` is ``his mother``; ``members of his party`` stays whole), and so does one after a time phrase's
  last word (``time-closer``: ``some ten years ago her mother had announced`` is ``her mother``), and one after any
  other lower-case word but a preposition (``increased its British growth`` names ``its British growth``; ``Its
  director said`` is the director's phrase, ``its`` being no function word).
- ``partitive-phrase``: a quantifier, ``of`` and a group is one speaker (``said one of the officials``, ``asked one
  of the men``, ``said some of them``; ``data/word_classes.tsv`` partitive).
- ``superlative-lead``: ``the``, ``at``, a possessive pronoun or a name's possessive before ``most`` or ``least``
  opens the phrase when a noun heads it (``the most optimistic Democrats``, ``At least 40 Conservative MPs``,
  ``Sanders's most passionate supporters``; not ``the most popular shows on …``, where ``shows`` is the verb).
- ``share-of``: a share and ``of`` join the group after them (``A majority of voters said``, ``more than half of
  white women preferred``, ``60 percent of voters``; ``data/word_classes.tsv`` share-noun).
- ``ratio-lead``: a number and ``in`` before a phrase opening on a number belong to it, with up to two approximating
  words before them (``About four in 10 Republicans say``, ``Only about 4 in 10 voters``; not ``10 voters``).
- ``quantifier-after-the``: a quantifier after ``the`` and a preposition stays in the phrase before them (``The
  leaders of the two agencies said``, not ``two agencies``).
- ``surname-homograph``: ``Theresa May said``: a capitalised ``May`` after a name is no modal, nor is one before a
  verb form no modal takes (``"Yes," May said``, ``May suddenly proposed``; ``data/word_classes.tsv`` modal);
  ``given-name-modal``: nor a given name's capitalised modal opening a phrase before punctuation or another
  capitalised word (``said May, rising``; not ``said May sales rose``).
- ``money-no-person``: an amount after a currency sign is no part of the people after it (``the $20 million experts
  say it costs`` is the experts'; stop 41).
- ``is-contraction``: a capitalised ``There's``, ``Here's``, ``That's`` (and others of a function word) is "is", no
  name's possessive (``There's no way to tell`` has no speaker ``There``; stop 41).
- ``dash-appositive``: so does ``X — who has served since 1999 — said`` (a pair of dashes right before the cue).
- ``appositive``: ``X, a monitoring group, said`` and ``X, who …, said`` take X, also past a short parenthesis (``Sen.
  Roy Blunt (R-Mo.), a Republican, said``) and a segment opening with a participle (``The group, known as ISIS,
  said``); a preposition's object is no subject (``At the rally, Stein, a physician, accused``; ``and Julia, appearing
  at it, with a face all aghast, exclaimed`` is Julia's; but ``subordinate-clause-subject``: a name after ``after``,
  ``before`` or ``since`` with one appositive before the cue is, ``came after Senator Mitch McConnell, the Republican
  leader, said``), and the antecedent of ``who`` is (``relative-antecedent-speaks``: ``joined by Thorpe, who, coming
  to them, said,`` is Thorpe's); ``clause-segment`` (stop 55): a segment opening with a capitalised word that holds a
  form of ``be`` is a clause, where the chain ends (``at a rally in Beaumont, Tex., Mr. Trump was just as blunt,
  claiming …`` is Mr. Trump's, not ``Tex.``'s; PolNeAR train +1, and a ``he`` after it is Trump, no other set moved).
  ``name-appositive``: after a name outside quotation marks, a segment may open with
  any lower-case word but a subject pronoun or conjunction (``Richard Revesz, director of the Institute, said``,
  ``Anne, far from wishing to cavil, replied``); a subordinator is no conjunction (``James, as the door was closed,
  said``). ``described-then-named``: a description whose next segment is a name is named by it (``the health
  secretary, Wes Streeting, said``: the span stays the description, the name is Wes Streeting's), not across a
  quotation mark; so is a sentence subject (``Her father, Brad Pelletier, 39, stood up.``: an antecedent of ``he``),
  whatever the noun (``The neighbour, Tom Reed, stood up.``), and an inverted speaker (``"…," said one resident,
  Maria Lopez, 63.``: ``named_after_inverted``, the name ending at a comma or the sentence's end); the segment
  may open with lower-case role words (``Another resident, retired teacher Bill Owens, said``, ``Elliott's
  father, the Rev. Charles Elliott Jr., …``), but never for a group, nor after ``including``
  (``data/word_classes.tsv`` inclusion: ``some Republicans, including Lamar Alexander, said``).
- ``party-state``: a party and state tag names no one (``Sen. Mark Kirk, R-Ill., who faces …, said`` is Kirk's);
  ``clause-name`` reads through a parenthesis closed before the cue (``Gowdy (R-S.C.) earlier in the day touted``).
- ``org-on-topic``: ``on`` inside an organisation's name joins it (``the Council on Foreign Relations``, ``the
  National Institute on Aging``), not before a date (``Trump on Monday``).
- ``agent-of-participle``: the object of ``by`` after a participle stands for the phrase before it (``Economists polled
  by Reuters had expected``, ``a survey conducted by the Pew Research Center found``); ``subject-of-participle``:
  so does the object of a preposition after a participle in ``-ing`` (``Protesters marching through the streets
  chanted``); ``document-of-participle``: and after a past participle, when a document heads the phrase (``A new
  study published in the journal Nature suggests``); ``reduced-report``: and a subject within a few words after a
  charge's participle that modifies a noun is that noun (``A former nurse accused of poisoning three patients told
  jurors`` is the nurse's; ``cues.reduced_report``).
- ``source-owner``: the object of ``familiar with``, ``close to`` … stands for the phrase its owner heads, also as
  a relative's antecedent or at the head of an appositive chain (``Two people familiar with the campaign's thinking,
  who spoke on condition of anonymity, said``; ``data/word_classes.tsv`` source-adjective), and a party-state tag
  before ``who`` for the name before it (``Sen. Lindsey Graham, R-S.C., who …``).
- ``adverb-no-phrase``: a lower-case sentence adverb (``thus``, ``then``: ``data/word_classes.tsv`` introducer)
  opens or ends no noun phrase (``replied thus,``, ``…, nevertheless expressed`` name nobody).
- ``possessive-no-name``: a sentence opening with a capitalised possessive (``Her brother gave …``) has no name
  ``Her`` for its subject; ``possessor-then-role``: nor is a name's possessive the subject when a source noun it
  owns follows within three lower-case words (``Britain's prime minister faced …, accusing …`` is the minister's);
  ``possessed-then-named``: nor when the one word it owns is set beside a person's name (``Cole's partner, Dan
  Okafor, leaned against the wall.`` is Dan Okafor; stop 62, hand-written: no change in PDNC or news).
- ``time-opener``: a time phrase opening a sentence with no comma is no part of its subject (``The next day Mrs.
  Mingott was …``, ``On Monday Mr. Collins …``, ``Later that night John Reed came``, read before an introducer's
  ``Later John Reed came``; a preposition and a bare time: ``After supper Anne sat …``, ``At
  last Charles spoke``, ``In June she married``; ``duration-opener``: a preposition, ``a`` and a duration before a
  name, ``In a second Katharine was back again``, ``For a long time now Jock had had a question``,
  ``data/word_classes.tsv`` duration-noun); ``given-name-ly``: an
  ``-ly`` word that is a given name opens no fronted adverb phrase (``Dolly raised her face, which …``);
  ``ing-opener``: an ``-ing`` word before a preposition, determiner or object pronoun opens a fronted phrase
  (``Turning to her, Anne …``, not the name ``Turning``), and a second fronted phrase may follow the first (``Owing
  to these encumbrances, perhaps, she …``); ``asked-opener``: so does a question verb's participle before a
  question word (``Asked which county was his favorite, he demurred:``, ``data/word_classes.tsv`` question-word);
  ``clause-then-subject``: after an opening subordinate clause that no comma closes, the main clause's subject
  before a past verb (``When Marilla went home Anne came out …``, ``While they were dancing Tony came …``; not an
  object after a verb form or a preposition, nor past ``that``; stop 53).
- ``it-was-name``: ``It was`` and a name ending its clause introduces that person, not ``it`` (``It was Nancy.``,
  ``It was Mrs. Hilbery; her entrance …``), so pronouns and descriptions after it may name them; ``as-for-topic``:
  so does ``As for``/``As to`` and a name before a pronoun subject (``As for Mary, she was mistress enough …``).
- ``coordinated-np``: a noun phrase opening its clause and joined by ``and`` to a cue's subject is part of the
  speaker (``Maria Lopez and her sister Ana said``, ``The mayor and the police chief said``, ``Both …``); not one after
  a verb or preposition (``a woman asked for a photo and Clinton said``). PolNeAR train: 75 source spans nearer gold.
- ``coordinated-subject``: a sentence subject joined to another by ``and`` (``Mrs. Bankes and Rodney followed
  her.``) is a pair, no antecedent of the next ``she`` nor a narration subject (``pipeline`` ``pair-of-genders``:
  in a novel, a man and a woman of the cast are each an antecedent of their own pronoun).
- ``introducer-no-name``: a capitalised sentence adverb opening the phrase is no part of it (``Suddenly Mr. Datchet
  jerked out:``, ``Meanwhile Trump said``; ``data/word_classes.tsv`` introducer).
- ``absolute-phrase``: a name opening the sentence before lower-case words with an ``-ing`` participle, no finite
  verb and a comma is an absolute phrase's; a shared subject is the pronoun after that comma (``Elizabeth at that
  instant moving towards them, he was struck with the notion …, and called out to her,`` is his; ``absolute_subject``,
  read by ``relations`` for ``and said``; stop 59: PDNC dev +1, passages of 3,000 +1, none lost, news unchanged).
- ``clause-name``: failing those, the nearest capitalised name earlier in the same clause (weak evidence; never
  an opening sentence adverb or time lead: ``Presently a page came … to say``, ``Last week Stumpf … appeared to
  blame``); a
  capitalised determiner takes its noun phrase (``The mayor is trying to …``, not ``The``), and a relative pronoun
  its antecedent (``the group which broke away … to proclaim``).
- ``clause-subject``: in a novel, a name that opens a later clause of narration before a verb is a subject a
  pronoun may refer to, as a sentence's subject is (``…, but as he spoke, Mrs. Hilbery broke in``).
- ``object-relative``: the noun phrase right after ``who`` is the subject of the cue after it (``A man who
  prosecutors say ran …`` is the prosecutors' report), when it opens with a name, a determiner or a person noun
  alone (not ``who control Congress``).
- ``relative-that``: ``that`` right after a lower-case source noun is a relative pronoun, named after its noun phrase
  as ``who`` is (``business groups that argued the department had overstepped``; ``cues.relative_that``, which also
  keeps the cue after it one; stop 50: PolNeAR train 10 more matched, 6 more false, speakers +5 -2, dev -1 speaker).
- ``one-of-group``: ``One of the victims`` is one person, named by a name set off after it (``One of the victims,
  78-year-old Dorothy Simms, told …``); ``part-of-group``: a quantifier and ``of`` before a subject found after a
  comma belong to it (``…, one of the diplomats told Reuters``, ``…, many of her aides said``).
- ``at-least-count``: ``At least a dozen Republicans … said`` opens no fronted phrase; ``have since said``: ``since``
  after ``have`` is read past like an adverb; a capitalised number ends a name (``Air Force One``).
- Stop 64, appositive chains: ``modal-segment`` (a segment holding a modal before any relative or subordinator is a
  clause: ``Even if it closed, some of its functions would be performed by other agencies, said DeSantis``),
  ``past-segment`` (a capitalised segment whose first lower-case word is a past verb is a clause: ``…, Iowa, on
  Sunday, Mrs. Clinton tried to expand on it, saying``), ``gerund-object`` (``In opposing the deposition request,
  her lawyer, David E. Kendall, wrote`` is the lawyer's); subjects: ``who-contracted`` (``leaders who'd rather …
  said``, a restrictive clause of up to 16 tokens), ``object-before-adverb`` (``and with a forced smile presently
  added`` has no subject ``a forced smile``); a spaced hyphen opens a relative (``DFA - which has endorsed``).
- Stop 65: ``titled-appositive`` (a title in title case in quotation marks after a preposition or a possessive keeps
  a name's appositive: ``Joe Scarborough, host of MSNBC's "Morning Joe," suggested`` is Scarborough's).
- Stop 66: ``article-modifier`` (``clause-name`` takes no name right after ``a`` or ``an``: ``favors a California
  proposal … and has promised`` names no ``a California``; a compound still does: ``a U.S.-born gunman claiming``);
  ``who's`` opens an appositive as ``who`` does (``data/word_classes.tsv`` appositive-opener); ``double-hyphen``
  (``dash-appositive`` reads a pair of ``--``: ``A former candidate -- John McCain, who lost in 2008 -- said``);
  ``degree-adverb-opener`` (``More recently, Rubio has shifted …, offering`` opens a fronted phrase, no name
  ``More``); ``aside-after-auxiliary`` (``skip_back`` reads past an adverb set off by commas after an auxiliary: ``A
  YouGov poll has, however, revealed that …`` is the poll's); ``definite-adverbial`` (and past ``in the past``,
  ``in the meantime``: ``Gore's allies have in the past said``; not ``in the past week``); ``bare-participle-opener``
  (a capitalised ``-ing`` word and a comma open a fronted phrase: ``Starting, the lady moved …`` names no
  ``Starting``).
- Stop 68: ``role-of-office`` (``of`` joins a person's noun or title to one bare lower-case word that ends the
  subject: ``The former secretary of state said``, ``the director of communications told``; not before a
  participle, ``her director of policy planning and …``). PolNeAR train +6, the other sets unchanged.
  ``indefinite-no-name`` (``described-then-named`` takes no appositive opening with ``a`` or ``an`` as the name:
  ``The senator, a Democrat from Ohio, said`` was named ``Ohio``; the eight sets unchanged);
  ``parenthesis-in-chain`` (``appositive`` reads past a short parenthesis inside its chain, as ``acronym-in-chain``
  does: ``Another lawmaker, Sen. Joe Lieberman (I-Conn.), also stated``, ``Jeff Bechdel, chairman of America
  Rising (a Republican PAC), tweeted``); ``fronted-clause-then-name`` (a capitalised name after a segment of a
  subordinator and a participle is the subject: ``in Berea, OH, after winning Ohio …, Gov. John Kasich (R-OH),
  said`` named ``OH``). Together PolNeAR train +5, none lost; the other sets unchanged. ``pronoun-owner``
  (``source-adjective`` takes ``those``, ``others`` (``data/word_classes.tsv`` owner-pronoun), a quantifier or a
  group noun alone as the owner, and an object pronoun as the phrase's object: ``Those close to him say`` had no
  speaker, ``People close to him`` was ``People``; dev +1, train +1, the others unchanged).
Every scan is bounded to a few tokens, so the stage is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs
import regex

from quotattr.cues import reduced_report, relative_that
from quotattr.lexicon import Lexicon
from quotattr.marks import CLOSING_MARKS, MARK_CHARS, title_case
from quotattr.segment import POSSESSIVE_ENDS, REFLEXIVE_ENDS, Token

_MAX_NP = 12
_MAX_APPOSITIVE = 30


@attrs.frozen(slots=True)
class Mention:
    """A speaker mention: tokens ``first``..``last`` (exclusive) of its sentence, with character offsets."""

    first: int
    last: int
    start: int
    end: int
    head: int  # token index of the head word
    kind: str  # pronoun, relative, name, description
    ref_start: int = -1  # the noun phrase it names: a relative pronoun's antecedent, a description's appositive name
    ref_end: int = -1


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower not in _IS_CONTRACTIONS


# is-contraction: a capitalised function word and "'s" is "is" or "us", no name's possessive ("There's no way to tell")
_IS_CONTRACTIONS = frozenset(f"{w}{s}" for w in ("there", "here", "it", "that", "what", "who", "where", "how", "let")
                             for s in ("'s", "’s"))


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _make(tokens: Sequence[Token], first: int, last: int, head: int, lex: Lexicon) -> Mention:
    htok = tokens[head]
    if htok.lower in lex.words["subject-pronoun"] and last - first == 1:
        kind = "pronoun"
    elif _is_cap(htok) and htok.lower not in lex.source_nouns and htok.lower not in lex.words["quantifier"]:
        kind = "name"
    else:
        kind = "description"
    return Mention(first, last, tokens[first].start, tokens[last - 1].end, head, kind)


def _head_ok(tok: Token, lex: Lexicon) -> bool:
    """A plausible speaker head: a name, a pronoun, a known source noun or a plural noun."""
    low = tok.lower
    if low in lex.function_words and low not in lex.words["subject-pronoun"]:
        return False
    if low in lex.words["time"]:
        return False
    return _is_cap(tok) or low in lex.words["subject-pronoun"] or low in lex.source_nouns or low.endswith("s")


def skip_back(tokens: Sequence[Token], i: int, lex: Lexicon) -> int:
    """Index of the last token before ``i`` that is not an auxiliary, adverb or time phrase (or -1)."""
    j = i - 1
    # "is claiming", "is confident that": the form of "be" before a progressive or a belief adjective is skipped
    cue = tokens[i].lower if i < len(tokens) else ""
    progressive = cue.endswith("ing") or cue in lex.words["belief-adjective"]
    if cue.endswith("ing") and j >= 1:
        k = j - 1 if tokens[j].lower == "as" else j
        if tokens[k].lower in lex.words["heard-saying"] and k > 0 and tokens[k - 1].lower in lex.words["be"]:
            j = k - 1  # heard-saying: "a reporter can be heard asking", "Braynard is quoted as saying" are theirs
    if j >= 1 and tokens[j].lower.endswith(REFLEXIVE_ENDS) and tokens[j - 1].lower in lex.words["perception-verb"] and (
        lex.verb_forms.get(cue, ("", ""))[0] == cue
    ):
        j -= 2  # heard-oneself-say: '"Not again," I heard myself say.' is the narrator's
    while j >= 0:
        low = tokens[j].lower
        adverb = is_manner_adverb(tokens[j], lex)  # (not a noun ending like one: "the rally said")
        negated = low.endswith(("n't", "n’t"))  # negated auxiliary: "They can't blame"
        if low in lex.words["pronoun-quantifier"] and (j == 0 or not _is_word(tokens[j - 1])):
            break  # quantifier-subject: "Both think …", "; all agree"; but "They both said"
        modal = low in lex.words["verb-lead"] and tokens[j].text.islower()  # "may have thought"; not "Theresa May"
        linking = progressive and (low in lex.words["be"] or low in lex.words["linking-verb"] or (
            low in lex.words["catenative"] and cue.endswith("ing")))  # "remained skeptical", "kept saying"
        since = low == "since" and j > 0 and tokens[j - 1].lower in ("have", "has", "had")  # "have since said"
        degree = low in lex.words["comparative-degree"] and j > 0 and (
            cue in lex.words["belief-adjective"] or cue.endswith("ed")
        ) and (tokens[j - 1].lower in lex.words["be"] or tokens[j - 1].lower in lex.words["skip"])
        # (degree-before-adjective: "He is most proud of …", "are now more convinced that …"; not "but most said")
        skip = low in lex.words["skip"] and not (
            tokens[j].text[:1].isupper() and low in lex.given_names and low not in lex.function_words
        ) and not (j == i - 1 and j > 0 and tokens[j - 1].lower == "the" and low in lex.words["ordinal"] and (
            cue not in lex.noun_homographs and lex.verb_forms.get(cue, (cue, ""))[0] != cue
            and not cue.endswith(("s", "ing"))))
        # (word-given-name: "Will agreed" where the cast names Will, and the pipeline no longer calls it a word;
        # the-ordinal: after "the" and before a past form an ordinal (data/word_classes.tsv) heads a phrase, "the
        # first said" is the first's; not "the first notes", "the first hint of", "the first feeling was")
        if skip or linking or adverb or negated or modal or since or degree:
            if low.endswith(REFLEXIVE_ENDS) and j > 0 and tokens[j - 1].lower in lex.words["perception-verb"]:
                j -= 1  # heard-oneself: "Archer heard himself repeating" is Archer's
            j -= 1
        elif low == ")":  # a parenthesis before the cue: "Jason Chaffetz (R-Utah) said"
            k = j - 1
            while k >= max(0, j - 8) and tokens[k].text != "(":
                k -= 1
            if k < max(0, j - 8):
                break
            j = k - 1
        elif low in lex.words["time"]:
            j -= 1
            if j >= 0 and tokens[j].lower in lex.words["time-lead"]:
                j -= 1
            word = tokens[j].text if j > 0 else ""
            if len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower():
                j -= 1  # dated-participle: "The latest poll released Friday shows …" is the poll's
        elif (dated := _dated_phrase_start(tokens, j, lex)) >= 0:
            j = dated - 1
        elif low in lex.words["adverbial-pp"] and j > 0 and tokens[j - 1].lower in ("at", "for", "in", "of"):
            j -= 2  # "Britain and France in particular feared", "Smith, in turn, said"
        elif low in lex.words["definite-adverbial"] and j >= 2 and tokens[j - 1].lower == "the" and (
            tokens[j - 2].lower == "in" and tokens[j + 1].lower not in lex.words["time"]
        ):  # (not "in the past week", a time's phrase: "the scholars I interviewed in the past week thought")
            j -= 3  # definite-adverbial: "Beck, who has in the past described Trump as …" is not "the past"'s
        elif low == "," and j >= 3 and tokens[j - 2].text == "," and tokens[j - 3].text.islower() and (
            tokens[j - 3].lower in lex.words["verb-lead"] or lex.is_auxiliary(tokens[j - 3].lower)
        ) and (tokens[j - 1].lower in lex.words["skip"] or is_clause_adverb(tokens[j - 1].lower, lex)):
            j -= 3  # aside-after-auxiliary: "A YouGov poll has, however, revealed that …" is the poll's
        else:
            break
    return j


_MAX_DATE = 4  # tokens of a dated phrase after its lead: "in late August 2016"


def _dated_phrase_start(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    """``dated-phrase``: where a phrase ending at ``j`` that dates an event starts (``in 2001``, ``in late
    August``, ``last March``), else -1."""
    k = j
    dated = False
    while k >= 0 and j - k < _MAX_DATE:
        low = tokens[k].lower
        if low in lex.words["month"] or (len(low) == 4 and low.isdigit() and low[:2] in ("19", "20")):
            dated = True
        elif not (low in lex.words["time-lead"] or low.isdigit()):
            break
        k -= 1
    if not dated or k == j:
        return -1
    if k >= 0 and tokens[k].lower == "in":
        return k  # "in 2001", "in late August"
    return k + 1 if tokens[k + 1].lower in lex.words["time-lead"] else -1  # "last March"; not "Theresa May"


def _initial(tok: Token) -> bool:
    """A capital letter and its period inside a name: ``A.`` of ``Jock A. Finlayson`` (no article ``a``)."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _past_verb_after(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """``possessive-then-noun``: a possessive and a noun are a speaker when a past form of a cue follows (``…, his
    daughter said.``, ``her husband cut in``); a form that may be a noun leaves the phrase a noun's (``her own
    plans``, ``his recent claim``, ``his world view``)."""
    if j + 1 >= len(tokens):
        return False
    form = tokens[j + 1].lower
    if j + 2 < len(tokens) and form in lex.words["past-verb"] and f"{form} {tokens[j + 2].lower}" in lex.verb_forms:
        return True  # (a two-word cue in an irregular past that is its base too: "…, and her husband cut in.")
    lemma = lex.verb_forms.get(form, ("", ""))[0]
    return bool(lemma) and form != lemma and not form.endswith(("s", "ing"))


def _date_word(token: Token, lex: Lexicon) -> bool:
    """A day or month word (``Thursday``, ``January``): a date, which joins no phrase to a name before it."""
    return token.lower in lex.words["time"] or token.lower in lex.words["month"]


def np_ending_at(tokens: Sequence[Token], j: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """The speaker noun phrase whose last token is ``j`` (``name-or-role-np``), or None."""
    if j - 1 >= floor and tokens[j].text == "%" and tokens[j - 1].text[:1].isdigit():
        return _make(tokens, j - 1, j + 1, j, lex)  # percent-sign: "26% say they are conservative" (as "26 percent")
    if j < floor or not _is_word(tokens[j]):
        return None
    jlow = tokens[j].lower
    if jlow in lex.words["other-person"] and j - 1 >= floor and tokens[j - 1].lower == "the":
        return _make(tokens, j - 1, j + 1, j, lex)  # the-other: '"No," the other replied.'
    closed = jlow in lex.function_words and not _surname(tokens, j, floor, lex)
    if (closed and jlow not in lex.words["subject-pronoun"]) or jlow in lex.words["time"]:
        return None
    if jlow in lex.words["connector"] and (not _is_cap(tokens[j]) or j == floor):
        return None  # no phrase ends with a preposition: "took the step of speaking about …" (nor is one that opens
        # the sentence a name: "For instance, calls to …")
    if jlow in ("the", "a", "an"):
        return None  # article-no-phrase: "the Sunday morning shows" names no speaker "the"
    if _sentence_adverb(tokens[j], lex):
        return None  # adverb-no-phrase: "…, nevertheless expressed" has no subject "nevertheless"
    if tokens[j].lower in lex.words["subject-pronoun"]:
        return _make(tokens, j, j + 1, j, lex)
    if j - 2 >= floor and tokens[j - 2].lower in ("a", "an") and _plain_noun(tokens[j - 1], lex) and (
        not tokens[j - 1].lower.endswith("s") and tokens[j - 1].lower not in lex.words["count-noun"]
        and tokens[j].text.islower() and lex.source_nouns.get(jlow) == "group"
    ):  # reduced-relative: "…, a move critics called 'short-sighted'" is the critics' ("a move [that] critics
        return _make(tokens, j, j + 1, j, lex)  # called"), not "a move critics"
    if jlow in lex.words["unnamed-person"] and j - 1 >= floor and (
        tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower() and tokens[j - 1].lower not in _PRONOUN_LEADS
        and tokens[j - 1].lower not in lex.words["approximator"] and not is_manner_adverb(tokens[j - 1], lex)
    ):
        return _make(tokens, j, j + 1, j, lex)  # pronoun-after-noun: "At the back of the hall somebody said" is
        # "somebody": a fronted phrase's noun is no part of it (but "Almost everyone", "Not everyone", "virtually")
    first = j
    head = j
    lower_run = 0
    k = j
    while k >= floor and j - k < _MAX_NP:
        tok = tokens[k]
        low = tok.lower
        if k < j and k > floor and (low in lex.words["connector"] or (
            low == "on" and _person_head(tokens[k - 1].lower, lex)
        )):  # (person-before-place: "a policeman on Broadway said" is the policeman's)
            prev = tokens[k - 1]
            nxt = tokens[k + 1]
            if low == "of" and _share_token(prev, lex) and (
                not _is_cap(prev) or "-" in prev.text
            ):  # ("Two-thirds of voters")
                first = _share_lead(tokens, k - 1, floor, lex)  # share-of: "half of white women", "62 percent of
                break  # voters" (no more: "left 62 percent of voters" is no speaker "left …")
            if k - 1 == floor and prev.lower.endswith("ing"):
                break  # fronted-participle-no-name: "Speaking in Harlem, Clinton, a Democrat, said" is Clinton's
            if _is_word(prev) and (_is_cap(nxt) or nxt.lower in lex.words["determiner"]) and (
                prev.lower in lex.source_nouns or _is_cap(prev) or _person_head(prev.lower, lex)
            ) and not _date_word(prev, lex):
                # (a date joins nothing: "a letter on Thursday to Senate leaders opposing …")
                if not _is_cap(prev):
                    head = k - 1  # "ambassador to the United Nations": the role is the head
                k -= 1
                continue
            if low == "of" and k + 1 == j and prev.text.islower() and nxt.text.islower() and (
                lex.source_nouns.get(prev.lower) == "person" or prev.lower in lex.titles
            ) and _is_word(nxt) and nxt.lower not in lex.function_words and not nxt.lower.endswith(("ed", "ing")) and (
                j + 1 == len(tokens) or not tokens[j + 1].lower.endswith("ing")
            ):  # role-of-office: "The former secretary of state said" is the secretary's (not "state"); not a
                head = k - 1  # compound before a participle ("her director of policy planning and …")
                k -= 1
                continue
            break
        if low == "on" and floor < k < j and tokens[k - 1].lower in lex.org_words and _is_cap(tokens[k - 1]) and (
            _is_cap(tokens[k + 1]) and not _date_word(tokens[k + 1], lex)
        ):
            k -= 1  # org-on-topic: "the Council on Foreign Relations", "the National Institute on Aging"
            continue
        if k < j and k == floor and (low in lex.words["connector"] or low in lex.words["subordinator"]):
            break  # a sentence-opening preposition or subordinator is no part of a name: "For Harriet, after …"
        if k < j and _initial(tok):
            first = k  # initial: "Jock A. Finlayson", "Jock I. Finlayson": no article "A", no pronoun "I"
            k -= 1
            continue
        if k < j and k > floor and tok.text.islower() and low in lex.words["name-inner"] and low != "the" and (
            low in lex.words["quantifier"] and _is_cap(tokens[k - 1]) and _is_cap(tokens[k + 1])
            and not tokens[k + 1].lower.endswith("s")
        ):  # name-particle: "Erik ten Hag insisted" (not "In Iowa ten Democrats said")
            k -= 1
            continue
        if k < j and low in ("most", "least") and k - 1 >= floor and (_is_cap(tokens[j]) or (
            tokens[j].lower in lex.source_nouns or tokens[j].lower.endswith("s") or tokens[j].text[:1].isdigit()
        )):  # (a noun heads it: not "the most popular shows on …", where "shows" is the verb)
            before = tokens[k - 1].lower
            if before in ("the", "at") or before in lex.words["possessive-pronoun"]:
                first = k - 1  # superlative-lead: "the most optimistic Democrats", "At least 40 MPs said"
                break
            if before.endswith(POSSESSIVE_ENDS) and _is_cap(tokens[k - 1]):
                first = k  # (a name's possessive goes on: "Sanders's most passionate supporters")
                k -= 1
                continue
        if low in lex.words["quantifier"]:
            first = k
            d = k - 1 if k < j and k - 1 > floor and tokens[k - 1].lower == "the" and low not in ("the", "a", "an") \
                else k  # quantifier-after-the: "The leaders of the two agencies said" (stop 37)
            head_word = tokens[d - 2].lower if d - 2 >= floor else ""
            if d - 2 >= floor and (tokens[d - 1].lower in lex.words["connector"] or (
                tokens[d - 1].lower == "on" and _person_head(head_word, lex)
            )) and _is_word(tokens[d - 2]) and (
                head_word in lex.source_nouns or _is_cap(tokens[d - 2]) or _person_head(head_word, lex)
            ) and (k < j or (tokens[d - 1].lower == "of" and lex.source_nouns.get(tokens[d - 2].lower) == "person")) \
                    and not _date_word(tokens[d - 2], lex):  # (nor here: "published Wednesday in the journal"; a
                # parent-of-number ends on its number: "The father of two said")
                if not _is_cap(tokens[d - 2]):
                    head = d - 2  # "ambassador to the United Nations"
                k = d - 2
                continue
            break
        if low == "and" and k < j and k > floor and _is_cap(tokens[k + 1]) and _is_cap(tokens[k - 1]):
            k -= 1
            continue
        if low in lex.words["possessive-pronoun"] and k < j and tok.text.islower() and k - 1 > floor and ((
            _plain_noun(tokens[k - 1], lex) and tokens[k - 2].lower in lex.words["determiner"]
        ) or tokens[k - 1].lower in lex.words["time-closer"]):
            first = k  # possessive-opens-np: "after a moment his mother ventured" is "his mother", not "a moment his …"
            # (so after a time phrase's last word: "some ten years ago her mother had announced")
            k -= 1
            break
        if not _is_word(tok):
            break
        if (low in lex.function_words and not _surname(tokens, k, floor, lex)) or low in lex.words["subject-pronoun"]:
            break
        if low in lex.words["possessive-pronoun"] and k < j and k > floor and tokens[k - 1].text.islower() and (
            tokens[k - 1].lower not in lex.words["connector"]
        ):
            first = k  # possessive-opens-np: "increased its British growth" is "its British growth"; "one of his aides"
            break  # goes on
        if k < j and low in lex.words["perception-verb"] and tok.text.islower():
            break  # perceiver-not-np: "he heard Katharine say" names "Katharine", not "heard Katharine"
        if k < j and tok.text.islower() and low in lex.words["duration-noun"] and _is_cap(tokens[k + 1]):
            break  # time-before-name: "It was not the first time Trump had criticized Powell" names Trump
        if k < j and k > floor and tok.text.islower() and _past_after_noun(tokens, k, lex) and (
            low in lex.words["past-verb"]
        ):
            break  # past-in-np: "The department spent months pushing back" names no "department spent months"
        if k < j and tok.text.islower() and is_manner_adverb(tok, lex) and _is_cap(tokens[k + 1]) and not (
            k > floor and tokens[k - 1].lower in lex.words["determiner"]
        ) and low not in lex.words["adjective-ly"]:  # (an adjective stays: "likely Republican voters")
            break  # adverb-before-name: "Though typically DNC rules permit" names "DNC rules", "ultimately Prager
            # said" Prager
        if _is_cap(tok):
            lower_run = 0
        else:
            lower_run += 1
            if lower_run > 4:
                break
        first = k
        k -= 1
    first = _leading_words_dropped(tokens, first, j, floor, lex)
    lead = k - 1 if k > floor and tokens[k].lower in lex.words["determiner"] else k
    opening = lead == floor or (lead == floor + 1 and is_clause_adverb(tokens[floor].lower, lex)) or (
        lead > floor and tokens[lead - 1].lower in ("and", "but")
    )  # clause-opening: a coordinated clause opens on its phrase too ("The bell rang, and after a moment Mr. Hobbs
    # said" is Mr. Hobbs's; not after a comma alone: "In June, after a desperate HP asked" keeps its description)
    if opening and head == j and _is_cap(tokens[j]) and lex.is_preposition(tokens[lead].lower):
        name = j
        while name > first and _is_cap(tokens[name - 1]):
            name -= 1
        while name < j and (tokens[name].lower in lex.words["month"] or tokens[name].lower in lex.words["time"]):
            name += 1  # (a date is the object: "In January Smith said", "On Tuesday Smith said")
        skipped = tokens[first:name]
        if skipped and skipped[0].lower in lex.words["determiner"] and any(
            _plain_noun(t, lex) and t.lower not in lex.words["determiner"] for t in skipped
        ) and not any(
            _is_cap(t) or t.lower in lex.source_nouns or t.lower in lex.titles for t in skipped
        ):
            first = name  # object-then-name: "At the door John said", "At the moment Sanders announced"
        elif len(skipped) == 1 and skipped[0].text.islower() and skipped[0].lower in lex.words["adverbial-pp"]:
            first = name  # (a set phrase: "At length Darcy said", "In fact Smith said")
        elif len(skipped) == 1 and any(skipped[0].lower in lex.words[c] for c in ("time", "time-noun", "month")):
            first = name  # (a bare time as the object: "After luncheon Tony said", "In January Smith said")
    lower_head = head == j and not _is_cap(tokens[j]) and tokens[j].lower not in lex.source_nouns
    short_determined = j - first <= 4 and (
        tokens[first].lower in ("a", "an", "the", "another", "one") or tokens[first].lower[:1].isdigit()
        or any(_is_cap(tokens[k]) for k in range(first, j))
    )  # a determiner, a number or a name before the head: "a spokesman said", "73 percent said", "POLITICO’s
    # Battleground States average shows"
    # "someone asked", "Not everyone finds", "most are planning", "about 4 in 10 want"
    indefinite = jlow in lex.words["indefinite-pronoun"] or jlow in lex.words["quantifier"] or jlow[:1].isdigit()
    if lower_head and first == j and j - 1 >= floor and tokens[j - 1].lower == "those":
        first = j - 1  # "those surveyed said", "those polled"
    elif lower_head and not tokens[j].lower.endswith("s") and not short_determined and not indefinite and not (
        tokens[first].lower in lex.words["possessive-pronoun"] and _past_verb_after(tokens, j, lex)
    ):
        return None  # lower-case-head: "rescue workers", "officials"; not "the two sides", "could not resist"
    if first > floor and tokens[first - 1].text in _CURRENCY and tokens[first].text[:1].isdigit():
        while first < j and (tokens[first].text[:1].isdigit() or tokens[first].lower in _AMOUNT_WORDS):
            first += 1  # money-no-person: "the $2.4 billion analysts had forecast" are the analysts
    return _make(tokens, _ratio_lead(tokens, first, floor, lex), j + 1, head, lex)


_PRONOUN_LEADS = frozenset({"not", "hardly", "scarcely"})  # pronoun-after-noun: words an "everyone" keeps
_CURRENCY = frozenset("$£€¥")  # money-no-person: signs before an amount
_AMOUNT_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "m", "k"})


def _number_token(tok: Token, lex: Lexicon) -> bool:
    """A number written in digits or as a word (``62``, ``four``: ``data/word_classes.tsv`` number-word), for
    ``share-of`` and ``ratio-lead``."""
    return tok.text[:1].isdigit() or tok.lower in lex.words["number-word"]


def _share_token(tok: Token, lex: Lexicon) -> bool:
    """A share (``half``, ``majority``, ``percent``), its last part after a hyphen too (``two-thirds``:
    ``data/word_classes.tsv`` share-noun), for ``share-of`` and ``ratio-lead``."""
    return tok.lower.rsplit("-", 1)[-1] in lex.words["share-noun"]


def _share_lead(tokens: Sequence[Token], share: int, floor: int, lex: Lexicon) -> int:
    """Where a share's phrase starts (``share-of``): the share (``half``, ``percent``), and a number or an article
    right before it (``62 percent``, ``A majority``, ``the majority``)."""
    if share - 1 < floor:
        return share
    low = tokens[share - 1].lower
    if _number_token(tokens[share - 1], lex) or low in ("a", "an", "the") or (
        low.split("-", 1)[0].endswith("ty") and "-" in low  # ("Sixty-seven percent of Americans")
    ):
        return share - 1
    return share


def _ratio_lead(tokens: Sequence[Token], first: int, floor: int, lex: Lexicon) -> int:
    """``ratio-lead``: a phrase opening on a number takes a number and ``in`` before it, and a phrase opening on a
    number or a share (``half``, ``two-thirds``) the approximating words before those (``About four in 10
    Republicans say``, ``Only about 4 in 10 voters``, ``More than 6 in 10 voters``, ``more than half of white
    women``; ``data/word_classes.tsv`` number-word, approximator), not ``10 voters``."""
    if not _number_token(tokens[first], lex) and not _share_token(tokens[first], lex):
        return first  # (a share too: "more than half of white women", "nearly two-thirds of voters")
    if first - 2 >= floor and tokens[first - 1].lower == "in" and _number_token(tokens[first - 2], lex):
        first -= 2
    for _ in range(_APPROXIMATORS):
        if first - 1 >= floor and tokens[first - 1].lower in lex.words["approximator"]:
            first -= 1
        elif first - 2 >= floor and tokens[first - 1].lower == "than" and tokens[first - 2].lower in (
            "more", "fewer", "less"
        ):
            first -= 2  # ("More than 6 in 10 New York Democratic voters")
        else:
            break
    return first


_APPROXIMATORS = 2  # ratio-lead: words of approximation read before the ratio ("Only about 4 in 10")


def _leading_words_dropped(tokens: Sequence[Token], first: int, j: int, floor: int, lex: Lexicon) -> int:
    """Where a phrase found from ``first`` to ``j`` really starts, past opening words that are no part of it:
    ``introducer-no-name`` (``Suddenly Mr. Datchet jerked out:``), ``time-then-name`` (``Next day Jock said``,
    ``Every day Dr Messinger asked Rosa``, a name alone after the time: not ``Last week Stumpf in a televised
    interview``) and ``set-phrase-then-name`` (``…, until at last Lilia, …, said``, not ``last Lilia``)."""
    if first < j and tokens[first].lower in lex.words["introducer"] and _is_cap(tokens[first + 1]) and (
        first == floor or not _is_word(tokens[first - 1])
    ):
        first += 1
    t = first
    while t < j and t - first < 2 and (tokens[t].lower in lex.words["time-lead"] or tokens[t].lower in lex.words[
            "quantifier"] or tokens[t].lower in lex.words["determiner"]):
        t += 1
    if t + 1 <= j and tokens[t].text.islower() and tokens[t].lower in lex.words["time"] and all(
        _is_cap(tok) for tok in tokens[t + 1 : j + 1]
    ):
        first = t + 1
    if first < j and tokens[first].text.islower() and tokens[first].lower in lex.words["adverbial-pp"] and (
        first > floor and lex.is_preposition(tokens[first - 1].lower) and _is_cap(tokens[first + 1])
    ):
        first += 1
    return first


def _person_head(low: str, lex: Lexicon) -> bool:
    """``person-before-place``: whether ``low`` is a noun for a person that a place phrase may follow in a subject
    (``A policeman at the door said`` is the policeman's, not the door's; ``on`` too: ``a policeman on the
    Embankment``, and after a party's members, ``Republicans on the Senate Banking Committee``;
    ``data/word_classes.tsv`` male-noun, female-noun, male-role, female-role, party-member)."""
    return low in lex.words["male-noun"] or low in lex.words["female-noun"] or low in lex.words["male-role"] or (
        low in lex.words["female-role"] or low in lex.words["party-member"])


def _plain_noun(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word that may belong to a noun phrase: no function word, auxiliary, verb form, ``-ed`` verb or
    irregular past form (``A page came to …`` is ``A page``)."""
    low = tok.lower
    return (tok.text.isalpha() and tok.text.islower() and low not in lex.function_words and low not in lex.verb_forms
            and low not in lex.words["be"] and low not in lex.words["verb-lead"] and low not in lex.words["skip"]
            and not low.endswith("ed") and low not in lex.words["past-verb"])


def _surname(tokens: Sequence[Token], k: int, floor: int, lex: Lexicon) -> bool:
    """``surname-homograph``: a capitalised function word right after a capitalised name is part of the name
    (``Theresa May said``), not the modal it spells; so is a capitalised modal before a verb form no modal takes
    (``"Yes," May said``, ``May suddenly proposed``, ``Will was late``, ``May met the question``; not ``May put``)."""
    if k < floor or not _is_cap(tokens[k]):
        return False
    prev = tokens[k - 1] if k > floor else None
    if prev is not None and _is_cap(prev) and _is_word(prev) and prev.lower not in lex.function_words:
        return True
    if tokens[k].lower not in lex.words["modal"]:
        return False
    j = k + 1
    while j < len(tokens) and is_manner_adverb(tokens[j], lex):
        j += 1
    if j >= len(tokens) or not tokens[j].text.islower():
        return False
    low = tokens[j].lower
    verb = lex.verb_forms.get(low)
    inflected = verb is not None and verb[0] != low  # "said", "proposed"; not "say"
    past = low in lex.words["past-verb"] and low not in lex.words["bare-past"]  # "May met", not "May put"
    return inflected or past or (len(low) > 4 and low.endswith("ed")) or low in lex.words["finite-auxiliary"]


def subject_before(tokens: Sequence[Token], cue_first: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """The subject of a cue: ``pronoun-subject``, ``name-or-role-np``, through ``skip-aux-adverb``."""
    j = skip_back(tokens, cue_first, lex)
    if j < floor:
        return None
    if tokens[j].lower in ("who", "which", "whom") or (j > floor and relative_that(tokens, j, lex)):
        return relative_mention(tokens, j, lex, floor)
    m = np_ending_at(tokens, j, lex, floor)
    if m is None and j - 2 >= floor and tokens[j].lower in lex.words["object-pronoun"] and lex.is_preposition(
        tokens[j - 1].lower
    ) and tokens[j - 2].lower in lex.words["source-adjective"]:
        m = _make(tokens, j, j + 1, j, lex)  # (pronoun-owner: "Those close to him say": the owner is read next)
    if m is None and tokens[j].lower in ("and", "but", "or"):
        return None  # (a second verb of the clause: "who stared at it and said" is the shared subject's)
    if (m is None or m.kind == "pronoun") and j - 2 >= floor and tokens[j - 1].lower == "of" and (
        tokens[j - 2].lower in lex.words["partitive"] and tokens[j - 2].lower not in lex.words["no-referent"]
        and tokens[j - 2].lower != "none"
    ) and (j - 2 == floor or not _is_word(tokens[j - 3])):  # (nobody: "Neither of them knew", "none of them")
        group = _partitive(tokens, j - 2, lex, j + 1)  # partitive-subject: '"…," one of them said' is one of them
        m = group if group is not None else m
    if m is not None and m.kind != "pronoun" and m.first - 2 >= floor and tokens[m.first - 1].lower == "of" and (
        tokens[m.first - 2].lower in lex.words["pronoun-quantifier"] or tokens[m.first - 2].lower in ("none", "each")
    ) and (m.first - 2 == floor or not _is_word(tokens[m.first - 3])):
        # part-of-group: "…, one of the diplomats told Reuters" is one of them, not "the diplomats" (nor is "one
        # of" part of what they said)
        m = attrs.evolve(m, first=m.first - 2, start=tokens[m.first - 2].start)
    if m is not None and m.kind != "pronoun" and m.first - 2 >= floor and tokens[m.first - 1].lower == "and":
        m = _coordinated_np(tokens, m, lex, floor)
    if m is not None and m.kind == "description" and m.first > floor and j < cue_first - 1 and (
        tokens[j + 1].lower.endswith("ly") and tokens[m.first - 1].text.islower()
        and _object_of_preposition(tokens[m.first - 1].lower, lex) and not person_head(tokens[m.head], lex)
    ):  # object-before-adverb: "and with a forced smile presently added" has no subject "a forced smile" (a
        return None  # preposition's object, then an adverb in -ly before the cue)
    if m is None or m.kind != "pronoun":
        return _restrictive_antecedent(tokens, j + 1 if m is None else m.first, j + 1, lex, floor) or m
    return m


def _coordinated_np(tokens: Sequence[Token], m: Mention, lex: Lexicon, floor: int) -> Mention:
    """``coordinated-np``: a noun phrase opening its clause and joined by ``and`` to the subject is part of it
    (``Maria Lopez and her sister Ana said``, ``The mayor and the police chief said``; ``Both …``); not an object
    before it (``He thanked the mayor and the chief said``), nor a pronoun."""
    p = np_ending_at(tokens, m.first - 2, lex, floor)
    if p is None or p.kind == "pronoun":
        return m
    first = p.first - (p.first > floor and tokens[p.first - 1].lower == "both")
    if first > 0 and tokens[first - 1].text not in _CLAUSE_OPENING:
        return m  # (not after a verb or preposition: "a woman asked for a photo and Clinton said")
    return attrs.evolve(m, first=first, start=tokens[first].start, kind="description" if (
        m.kind != "name" or p.kind != "name") else "name", ref_start=-1, ref_end=-1)


_CLAUSE_OPENING = frozenset({",", "—", "–", ":", ";", '"', "“", "‘", "'"})  # coordinated-np: before a clause's start
_RESTRICTIVE_REACH = 16  # tokens of a restrictive relative clause between its "who" and the cue
_CONTRACTED_WHO = {f"who{q}{end}": "who" for q in "'’" for end in ("d", "ve", "ll", "s", "re")}  # "who’d" …


def _restrictive_antecedent(tokens: Sequence[Token], first: int, end: int, lex: Lexicon, floor: int) -> Mention | None:
    """``restrictive-relative``: a noun phrase ending a relative clause set off by no comma is its object, not the
    cue's subject (``Voters who support Trump said``, ``A man who worked for Sanders told``, ``Parents whose children
    attend the school said``), and a clause ending in
    no noun phrase has its subject before it too (``A man who works there told me``): the subject is the noun
    phrase before ``who`` with its clause (tokens up to ``end``), named by that noun phrase; None when no such
    ``who`` is near ``first``."""
    for k in range(first - 1, max(floor, first - _RESTRICTIVE_REACH) - 1, -1):
        tok = tokens[k]
        if not _is_word(tok):
            return None  # (a comma, a quotation mark: an appositive or a quotation, read elsewhere)
        if tok.lower == "whose" and k + 2 >= first:
            return None  # (the cue is the possessed noun itself: "a woman whose weak understanding")
        low = _CONTRACTED_WHO.get(tok.lower, tok.lower)  # (who-contracted: "leaders who'd rather be working …")
        if low in ("who", "whose") and tok.text.islower() and k - 1 >= floor:
            if low == "who" and k == first - 1 and first < end and _subject_opening(tokens[first],
                                                                                          first == end - 1, lex):
                return None  # object-relative: "A man who prosecutors say ran …" is the prosecutors' report
            ref = np_ending_at(tokens, k - 1, lex, floor)
            if ref is None or ref.kind == "pronoun" or not person_head(tokens[ref.head], lex):
                return None
            ref = source_owner(tokens, ref, lex, floor)
            named = (ref.ref_start, ref.ref_end) if ref.ref_start >= 0 else (ref.start, ref.end)
            # (the mention spans the clause, "Voters who support Trump"; it is named by its antecedent, "Voters")
            return Mention(ref.first, end, ref.start, tokens[end - 1].end, ref.head, ref.kind, *named)
    return None


def _subject_opening(tok: Token, alone: bool, lex: Lexicon) -> bool:
    """The first word of a noun phrase right after ``who`` may open the subject of the cue after it: a name, a
    determiner or (``alone``) a person noun (``who Trump says``, ``who the police say``, ``who prosecutors say``;
    not ``who control Congress``)."""
    return _is_cap(tok) or tok.lower in lex.words["determiner"] or (alone and person_head(tok, lex))


def relative_mention(tokens: Sequence[Token], j: int, lex: Lexicon, floor: int) -> Mention | None:
    """``relative-source``: ``Cruz, who refused …`` and ``families, many of whom say …``: the relative pronoun
    is the speaker mention, named after the noun phrase it refers to; ``shared-relative``: ``and who`` continues an
    earlier relative clause, of the same noun phrase (``Mrs Smith, who had already heard …, and who now asked``)."""
    first = j
    if j - 2 >= floor and tokens[j - 1].lower == "of" and tokens[j].lower == "whom":
        first = j - 2  # "many of whom"
    k = first - 1
    if first == j and k > floor and tokens[k].lower in ("and", "but"):
        k = _earlier_relative(tokens, k, floor)  # shared-relative: "Miss Steele, who …, and who now said"
    if k >= floor and tokens[k].text in _RELATIVE_OPENERS:  # "Cruz, who", "Graham—who had endorsed", "DFA - which"
        k -= 1
    ref = np_ending_at(tokens, k, lex, floor) if k >= floor else None
    if ref is None:
        return None
    ref = source_owner(tokens, ref, lex, floor)  # "Officials close to the investigation, who asked …"
    return Mention(first, j + 1, tokens[first].start, tokens[j].end, j, "relative", ref.start, ref.end)


_RELATIVE_OPENERS = frozenset({",", "—", "–", "-", "("})  # before a relative pronoun ("-" only spaced: "DFA - which")
_RELATIVE_REACH = 40  # tokens read back from "and who" for the relative clause it continues


def _earlier_relative(tokens: Sequence[Token], k: int, floor: int) -> int:
    """``shared-relative``: for ``and who`` at ``k + 1``, the index of the token before the ``who`` of the
    relative clause it continues (``Miss Steele, who seemed …, and who now said`` -> the comma after ``Steele``),
    within ``_RELATIVE_REACH`` tokens; else -1."""
    for i in range(k - 1, max(floor, k - _RELATIVE_REACH), -1):  # (i > floor: the token before it is read)
        if tokens[i].lower in ("who", "which") and tokens[i - 1].text in _RELATIVE_OPENERS:
            return i - 1
    return -1


_DASH_TOKENS = frozenset({"—", "–", "―", "-", "--"})


def dash_appositive_subject(tokens: Sequence[Token], cue_first: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """``dash-appositive``: ``X — who has served since 1999 — said``, ``the group - which includes … - said``: the
    noun phrase before a phrase set off by a pair of dashes that closes right before the cue (at most
    ``_MAX_APPOSITIVE`` tokens, no sentence punctuation inside); not the object of a preposition."""
    j = skip_back(tokens, cue_first, lex)
    if j <= floor + 2 or tokens[j].text not in _DASH_TOKENS:
        return None
    double = tokens[j - 1].text == tokens[j].text == "-"  # double-hyphen: "X -- who lost in 2008 -- said"
    for k in range(j - 2 - int(double), max(floor, j - _MAX_APPOSITIVE), -1):
        text = tokens[k].text
        if text in _DASH_TOKENS:
            if double and k - 1 > floor and tokens[k - 1].text == "-":
                k -= 1  # (the pair's other hyphen)
            cand = np_ending_at(tokens, k - 1, lex, floor) if k - 1 >= floor else None
            if cand is None or (cand.first > floor and _object_of_preposition(tokens[cand.first - 1].lower, lex)):
                return None
            return cand
        if text in (";", ":", ".", "!", "?") or text[:1] in MARK_CHARS:
            return None
    return None


def appositive_subject(tokens: Sequence[Token], cue_first: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """``appositive``: ``X, a monitoring group, said``, ``X, 22, of Flint, Mich., said``, ``X, however, said``,
    ``X, who calls Y a "fraud," said``: the noun phrase before the first comma of a chain of appositive
    segments (each opening with an article, a relative pronoun, a preposition, a number, a capitalised word,
    an adverb or a participle: ``A poll, conducted by Gallup, shows``); a segment ending on a past verb is a
    clause, where the chain ends (``clause-before-chain``: ``but when the first pause came, Edmund, looking
    around, said``); a relative after an age is the named person's (``age-appositive``: ``Sarah Jones, 34, who
    travels daily, said``); an acronym in parentheses stays in its segment (``acronym-in-chain``: ``Rafael Grossi,
    director general of the International Atomic Energy Agency (IAEA), told``); a segment holding a modal is a
    clause too (``modal-segment``)."""
    j = skip_back(tokens, cue_first, lex)
    if j > floor and tokens[j].text in CLOSING_MARKS and tokens[j - 1].text == ",":
        j -= 1  # the comma sits inside a closing quotation mark: "sociopath,"
    if j < floor or tokens[j].text != ",":
        return None
    stop = max(floor, j - _MAX_APPOSITIVE)
    best: Mention | None = None
    seg_end = j  # the comma that closes the current segment
    k = j - 1
    while k > stop:
        if tokens[k].text == ")" and k - 2 > stop and tokens[k - 2].text == "(" and _acronym(tokens[k - 1].text):
            k -= 3  # acronym-in-chain: "Rafael Grossi, director general of the agency (IAEA), told" is his
            continue
        if tokens[k].text == ")" and (inside := _before_parenthesis(tokens, k, stop)) < k:
            k = inside  # parenthesis-in-chain: "Another lawmaker, Sen. Joe Lieberman (I-Conn.), also stated" is his
            continue
        if tokens[k].text in ";:(" or tokens[k].text == ".":
            break
        if tokens[k].text != ",":
            k -= 1
            continue
        opener = tokens[k + 1]
        low = opener.lower
        appositive_like = (
            low in lex.words["appositive-opener"]
            or opener.text[:1].isdigit()
            or _is_cap(opener)
            or low in lex.words["skip"]
            or low.endswith(("ly", "ing"))
            or (low.endswith(("ed", "wn", "en")) and len(low) > 4)  # "A poll, conducted by Gallup, shows …", "The
            # group, known as ISIS, said"
        )
        if k + 1 >= seg_end:
            break
        if _is_cap(opener) and (any(t.lower in lex.words["be"] and t.text.islower() for t in tokens[k + 2 : seg_end])
                                or _past_clause(tokens, k + 2, seg_end, lex)):
            break  # clause-segment: "In Beaumont, Tex., Mr. Trump was just as blunt, claiming …" is Mr. Trump's (a
            # segment with its own verb is a clause, no appositive of the place before it)
        if low not in _RELATIVES and _modal_clause(tokens, k + 1, seg_end, lex):
            break  # modal-segment: "…, some of its functions would be performed by other agencies, said DeSantis"
        cand = np_ending_at(tokens, _before_parenthesis(tokens, k - 1, floor), lex, floor)
        if cand is not None and cand.last - cand.first == 1 and party_state(tokens[cand.first], lex):
            cand = None  # party-state: "Sen. Mark Kirk, R-Ill., who faces …, said" is Kirk's
        if cand is not None and cand.last - cand.first == 1 and _sentence_adverb(tokens[cand.first], lex,
                                                                                 capitalised=True):
            cand = None  # adverb-before-chain: "Meanwhile, the First Minister, Nicola Sturgeon, urged" is Sturgeon's
        participle = low in lex.words["subordinator"] and k + 2 < seg_end and tokens[k + 2].lower.endswith(
            ("ing", "ed"))  # (and a passive one: "The minister, when asked about the delay, said")
        if participle and seg_end != j and _is_cap(tokens[seg_end + 1]):
            break  # fronted-clause-then-name: "in Berea, OH, after winning Ohio in the primary, Gov. John Kasich,
            # said" is Kasich's (the name after the clause is the subject, no appositive of "OH")
        if not appositive_like and not (
            opener.text.isalpha() and opener.text.islower() and cand is not None and (
                cand.kind == "name" or (participle and cand.kind == "description"))  # (and "The senator, while
            # criticizing the bill, said")
            and low not in lex.words["subject-pronoun"]
            and (low not in lex.words["trailing"] or low in lex.words["subordinator"])  # "James, as the door …, said"
            and (not any(t.text in MARK_CHARS for t in tokens[cand.last : j]) or _titled_segment(tokens, k + 1, j, lex))
            and not _opened_before(tokens, cand)
        ):  # name-appositive: after a name, any lower-case phrase ("Anne, far from wishing to cavil, replied")
            break
        if cand is not None and low == "who" and cand.last - cand.first == 1 and tokens[cand.first].text.isdigit() and (
            cand.first - 2 > floor and tokens[cand.first - 1].text == ","
        ):  # age-appositive: "Commuter Sarah Jones, 34, who travels daily, said" is Sarah Jones's, not "34"'s
            cand = np_ending_at(tokens, cand.first - 2, lex, floor) or cand
        if cand is not None and low == "who":
            # relative-antecedent-speaks: "… joined by Thorpe, who, coming to them, said, …"
            return source_owner(tokens, cand, lex, floor)
        if cand is not None and tokens[cand.last - 1].text.islower() and (
            tokens[cand.last - 1].lower in lex.words["past-verb"]
        ):
            break  # clause-before-chain: "but when the first pause came, Edmund, looking around, said" is Edmund's
        set_phrase = cand is not None and cand.first - 2 >= floor and tokens[cand.first - 1].lower in lex.words[
            "adverbial-pp"] and lex.is_preposition(tokens[cand.first - 2].lower)  # "at last Lilia": no object
        # subordinate-clause-subject: a name right after "after", "before" or "since" with one appositive before
        # the cue is that clause's subject ("The remarks came after Senator Mitch McConnell, the Republican leader,
        # said …")
        clause_lead = cand is not None and cand.kind == "name" and seg_end == j and cand.first > floor and (
            tokens[cand.first - 1].lower in lex.words["subordinator"])
        if cand is not None and ((cand.first > floor and not set_phrase and not clause_lead and _object_of_preposition(
            tokens[cand.first - 1].lower, lex
        )) or (cand.first >= 2 and _gerund_object(tokens, cand.first, lex))):
            # a preposition's object is no subject: a fronted phrase ("In the 1952 campaign, Eisenhower and Dulles,
            # …, criticized") or the end of a phrase of the chain ("and Julia, appearing at it, with a face all
            # aghast, exclaimed"); the walk goes on to the comma before it
            cand = None
        if cand is not None and cand.kind == "description" and tokens[cand.head].lower.endswith("s"):
            cand = _one_of_before(tokens, cand, floor)  # ("One of those voters, 81-year-old Ruth Harris, told")
        lower_role = opener.text.islower() and low not in lex.words["inclusion"] and cand is not None and (
            not tokens[cand.head].lower.endswith("s") or _one_of(tokens, cand)
        )  # (a group is no member it includes: "some Republicans, including"; one of them is: "One of the victims")
        if cand is not None and cand.kind == "description" and (_is_cap(opener) or lower_role) and not any(
            t.text in MARK_CHARS for t in tokens[k + 1 : cue_first]
        ):  # (not across a quotation mark: '"Between ourselves, Edmund," nodding …' calls Edmund)
            # "the health secretary, Wes Streeting, said"; role-then-name: "Another resident, retired teacher Bill
            cand = _apposed_name(tokens, cand, k + 1, seg_end, lex)  # Owens, said"
        if cand is not None:
            best = cand
        seg_end = k
        k -= 1
    return best


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})  # (a modal after one is the relative clause's)


def _gerund_object(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """``gerund-object``: a noun phrase after a preposition and a gerund is that gerund's object, no subject (``In
    opposing the Clinton deposition request, her lawyer, David E. Kendall, wrote …``)."""
    gerund, lead = tokens[first - 1], tokens[first - 2]
    return gerund.text.islower() and gerund.lower.endswith("ing") and gerund.text.isalpha() and lex.is_preposition(
        lead.lower)


def _past_clause(tokens: Sequence[Token], first: int, end: int, lex: Lexicon) -> bool:
    """``past-segment``: a segment opened by a capitalised word and holding a past verb right after that name (no
    relative pronoun before it) is a clause, no appositive (``At an event in Ames, Iowa, on Sunday, Mrs. Clinton
    tried to expand on her statement, saying …`` is Mrs. Clinton's, not Iowa's)."""
    for t in tokens[first:end]:
        if t.lower in _RELATIVES or t.text in MARK_CHARS or not t.text[:1].isalpha():
            return False
        if t.text.islower():
            return t.lower in lex.words["past-verb"] or (t.lower.endswith("ed") and len(t.lower) > 4)
    return False


def _modal_clause(tokens: Sequence[Token], first: int, end: int, lex: Lexicon) -> bool:
    """``modal-segment``: a segment holding a modal verb before any relative pronoun or subordinator is a clause, no
    appositive (``Even if it closed, some of its functions would be performed by other agencies, said DeSantis``)."""
    for t in tokens[first:end]:
        if t.lower in _RELATIVES or t.text in MARK_CHARS or t.lower in lex.words["question-word"] or (
            t.lower in lex.words["subordinator"]
        ):  # (a modal after "whether" is its own clause's: "The governor, asked whether he would sign it, said")
            return False
        if t.lower in lex.words["modal"] and t.text.islower():
            return True
    return False


def _one_of(tokens: Sequence[Token], m: Mention) -> bool:
    """``one-of-group``: ``One of the victims`` is one person, though its head noun is plural."""
    return m.last - m.first > 2 and tokens[m.first].lower == "one" and tokens[m.first + 1].lower == "of"


def _one_of_before(tokens: Sequence[Token], m: Mention, floor: int) -> Mention:
    """``one-of-group`` when the noun phrase found starts after ``One of`` and a demonstrative (``One of those
    voters``): the phrase from ``One``, else ``m``."""
    k = m.first - 1
    if k >= floor and tokens[k].lower in _DEMONSTRATIVES:
        k -= 1
    if k - 1 >= floor and tokens[k].lower == "of" and tokens[k - 1].lower == "one":
        return attrs.evolve(m, first=k - 1, start=tokens[k - 1].start)
    return m


_DEMONSTRATIVES = frozenset({"those", "these"})  # a demonstrative the noun phrase does not hold ("One of those …")


def _titled_segment(tokens: Sequence[Token], first: int, end: int, lex: Lexicon) -> bool:
    """``titled-appositive``: the quotation marks of an appositive segment enclose one title in title case after a
    preposition or a possessive (``Joe Scarborough, host of MSNBC's "Morning Joe," suggested``), so the segment is
    still the name's, not a quotation's narration."""
    marks = [k for k in range(first, min(len(tokens), end + 2)) if tokens[k].text in MARK_CHARS]  # (the closing
    # mark may stand after the segment's comma: '"Morning Joe," suggested')
    if len(marks) != 2 or marks[0] == first:
        return False
    before = tokens[marks[0] - 1].lower
    words = [t for t in tokens[marks[0] + 1 : marks[1]] if t.text[:1].isalpha()]
    return bool(words) and (lex.is_preposition(before) or before.endswith(POSSESSIVE_ENDS)) and title_case(
        [t.text for t in words], lex)


def _opened_before(tokens: Sequence[Token], cand: Mention) -> bool:
    """A quotation mark right before ``cand`` that opens a quotation (``"Edmund, …``), not one closing a quotation
    after its punctuation (``"…," Bill Frelick, refugee director at Human Rights Watch, said``)."""
    k = cand.first - 1
    return k >= 0 and tokens[k].text in MARK_CHARS and not (k > 0 and tokens[k - 1].text in ",.!?")


def _object_of_preposition(before: str, lex: Lexicon) -> bool:
    """Whether the word before a noun phrase makes it a preposition's object (``at NLD headquarters``)."""
    return lex.is_preposition(before) or before in lex.words["pp-lead"]


_MAX_PARENTHESIS = 8  # tokens of a parenthesis after a name: "(R-Mo.)", "(D-N.J.)"


def person_head(tok: Token, lex: Lexicon) -> bool:
    """A head that may name a person: capitalised, a source noun (``officials``), a title (``the president``) or a
    person noun of ``data/word_classes.tsv`` (``the man``)."""
    return tok.text[:1].isupper() or person_word(tok.lower, lex) or person_word(tok.lower.removesuffix("s"), lex)


def person_word(low: str, lex: Lexicon) -> bool:
    """A lower-case word that may name a person: a source noun, a title or a person noun (``person_head``;
    ``Lexicon.is_person_word``)."""
    return lex.is_person_word(low)


def _owning_pronoun(low: str, lex: Lexicon) -> bool:
    """``pronoun-owner``: ``those``, ``others`` (``data/word_classes.tsv`` owner-pronoun) or a quantifier (``some``,
    ``many``) that owns a source's adjective phrase."""
    return low in lex.words["owner-pronoun"] or low in lex.words["pronoun-quantifier"]


def source_owner(tokens: Sequence[Token], m: Mention, lex: Lexicon, floor: int) -> Mention:
    """``source-adjective``: a noun phrase that is the object of ``familiar with``, ``close to`` … stands for the whole
    phrase, named by its owner (``A person familiar with the talks`` said; ``Officials close to the investigation,
    who asked not to be named``); ``party-state``: a party and state tag stands for the name before it (``Sen.
    Lindsey Graham, R-S.C., who …``). Else ``m`` itself."""
    if m.last - m.first == 1 and party_state(tokens[m.first], lex) and m.first >= 2 and (
        tokens[m.first - 1].text == ","
    ):  # (the name may be an earlier attribution's: 'said Sen. Lindsey Graham, R-S.C., who …')
        named = np_ending_at(tokens, m.first - 2, lex)
        return named if named is not None and named.kind == "name" else m
    if m.first - 3 >= floor and tokens[m.first - 2].lower in lex.words["source-adjective"] and lex.is_preposition(
        tokens[m.first - 1].lower):
        owner = np_ending_at(tokens, m.first - 3, lex, floor)
        if owner is None and _owning_pronoun(tokens[m.first - 3].lower, lex):
            # pronoun-owner: "Those close to him say", "Some familiar with the plan said" are theirs
            owner = Mention(m.first - 3, m.first - 2, tokens[m.first - 3].start, tokens[m.first - 3].end, m.first - 3,
                            "description")
        if owner is not None and (owner.kind == "name" or person_head(tokens[owner.head], lex) or (
            owner.last - owner.first == 1 and lex.source_nouns.get(tokens[owner.head].lower) == "group"
        ) or _owning_pronoun(tokens[owner.head].lower, lex)):  # (a group alone too: "People close to him say")
            return attrs.evolve(owner, last=m.last, end=m.end)  # (the whole phrase, named by its owner's head)
    if m.first - 3 >= floor and tokens[m.first - 1].lower == "by" and tokens[m.first - 2].text.islower() and (
        tokens[m.first - 2].lower.endswith("ed") or tokens[m.first - 2].lower in lex.words["past-verb"]
    ):  # agent-of-participle: "Economists polled by Reuters had expected …" are the economists
        owner = np_ending_at(tokens, m.first - 3, lex, floor)
        if owner is not None and owner.kind in ("name", "description") and owner.last == m.first - 2:
            return attrs.evolve(owner, last=m.last, end=m.end)
    lead = m.first - 1
    if lead - 2 >= floor and tokens[lead].lower in lex.words["determiner"]:
        lead -= 1  # (the object's article: "through the streets")
    if lead - 2 >= floor and lex.is_preposition(tokens[lead].lower) and tokens[lead - 1].text.islower() and (
        tokens[lead - 1].lower.endswith("ing") and tokens[lead - 1].lower not in lex.verb_forms
    ):  # subject-of-participle: "Protesters marching through the streets chanted …" are the protesters
        owner = np_ending_at(tokens, lead - 2, lex, floor)
        if owner is not None and owner.kind in ("name", "description") and owner.last == lead - 1:
            return attrs.evolve(owner, last=m.last, end=m.end)
    if lead - 2 >= floor and lex.is_preposition(tokens[lead].lower) and tokens[lead - 1].text.islower() and (
        tokens[lead - 1].lower.endswith("ed") or tokens[lead - 1].lower in lex.words["past-verb"]
    ):  # document-of-participle: "A new study published in the journal Nature suggests …" is the study's
        owner = np_ending_at(tokens, lead - 2, lex, floor)
        if owner is not None and owner.kind == "description" and owner.last == lead - 1 and (
            lex.source_nouns.get(tokens[owner.head].lower) == "document"
        ):
            return attrs.evolve(owner, last=m.last, end=m.end)
    for k in range(m.first - 1, max(floor, m.first - _REDUCED_REACH), -1):
        if not tokens[k].text[:1].isalnum():
            break  # (within the clause: "The mayor, accused of fraud, said" has its subject set off)
        if reduced_report(tokens, k, lex):  # reduced-report: "A former nurse accused of poisoning three patients
            owner = np_ending_at(tokens, k - 1, lex, floor)  # told jurors" is the nurse's
            if owner is not None and owner.kind == "description" and owner.last == k:
                return owner  # (the noun alone names the speaker: not "the Las Vegas Strip" of its phrase)
            break
    return m


_REDUCED_REACH = 12  # tokens back from a subject to the participle of "A man accused of driving onto a sidewalk"


def party_state(tok: Token, lex: Lexicon) -> bool:
    """``party-state``: a party and state tag (``R-Fla.``, ``D-N.J.``) names no one.

    >>> from quotattr.segment import tokenize
    >>> [party_state(t, Lexicon.default()) for t in tokenize("R-Fla. Co-Chair", 0, 15, Lexicon.default())]
    [True, False]
    """
    head, _, tail = tok.lower.rstrip(".").partition("-")
    return len(head) == 1 and tok.text.endswith(".") and (tail in lex.abbreviations or "." in tail)


def _acronym(word: str) -> bool:
    """An acronym in capitals (``IAEA``, ``ONS``), two letters or more."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _before_parenthesis(tokens: Sequence[Token], k: int, floor: int) -> int:
    """The token before a short parenthesis that ends at ``k`` (``Sen. Roy Blunt (R-Mo.), a Republican, said``),
    else ``k``."""
    if k <= floor or tokens[k].text != ")":
        return k
    for p in range(k - 1, max(floor, k - _MAX_PARENTHESIS) - 1, -1):
        if tokens[p].text == "(":
            return p - 1 if p > floor else k
        if tokens[p].text in ",;:)":
            break
    return k


def is_clause_adverb(low: str, lex: Lexicon) -> bool:
    """A (lower-case) adverb of the clause, auxiliary or sentence opener (``then``, ``soon``, ``again``, ``thus``:
    ``data/word_classes.tsv`` skip and introducer) that may close an attribution after its speaker."""
    return low in lex.words["skip"] or low in lex.words["introducer"]


def _sentence_adverb(tok: Token, lex: Lexicon, *, capitalised: bool = False) -> bool:
    """``adverb-no-phrase``: a lower-case sentence adverb (``thus``, ``nevertheless``; not the determiner ``no``),
    which neither opens nor ends a noun phrase; with ``capitalised``, one opening a sentence (``Presently``)."""
    return tok.lower in lex.words["introducer"] and tok.lower not in lex.words["determiner"] and (
        tok.text[1:].islower() if capitalised else tok.text.islower())


def is_manner_adverb(tok: Token, lex: Lexicon) -> bool:
    """A lower-case manner adverb (``gravely``), not a noun that ends like one (``family``)."""
    return tok.lower.endswith("ly") and tok.text[:1].islower() and tok.lower not in lex.words["ly-noun"]


def _name_particle(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """A lower-case particle inside a name (``van``, ``der``, ``de``, ``von``: ``data/word_classes.tsv``
    name-inner, not a function word) before a capitalised word or another particle (``van der Luyden``)."""
    def particle(tok: Token) -> bool:
        low = tok.lower
        closed = low in lex.function_words or low in lex.words["connector"] or low in lex.words["determiner"]
        return tok.text.islower() and low in lex.words["name-inner"] and not closed and low not in lex.words["trailing"]
    if not particle(tokens[k]):
        return False
    nxt = k + 1
    if nxt < limit and particle(tokens[nxt]):
        nxt += 1
    return nxt < limit and _is_cap(tokens[nxt])


def np_starting_at(
    tokens: Sequence[Token], i: int, lex: Lexicon, limit: int, *, speaker: bool = True
) -> Mention | None:
    """A noun phrase starting at token ``i`` (``said Smith``, ``according to the report``), or None.

    With ``speaker=False`` any noun phrase will do (an addressee: ``told the local radio station``)."""
    if i >= limit or not _is_word(tokens[i]):
        return None
    if tokens[i].lower in lex.words["subject-pronoun"]:
        return _make(tokens, i, i + 1, i, lex)
    if speaker and tokens[i].lower in lex.words["unnamed-person"]:  # unnamed-after-cue: '"Wait!" called someone.'
        end = i + 2 if i + 1 < limit and tokens[i + 1].lower == "else" else i + 1
        return _make(tokens, i, end, i, lex)
    if _sentence_adverb(tokens[i], lex):
        return None  # adverb-no-phrase: "replied thus," names nobody (but "said no one")
    if tokens[i].lower in lex.words["partitive"] and i + 2 < limit and tokens[i + 1].lower == "of":
        group = _partitive(tokens, i, lex, limit)
        if group is not None:
            return group
    if speaker and tokens[i].lower == "the" and i + 1 < limit and tokens[i + 1].lower in lex.words["other-person"] and (
        i + 2 == limit or not _is_word(tokens[i + 2]) or tokens[i + 2].lower == "who"
        or is_manner_adverb(tokens[i + 2], lex)
    ):
        return _make(tokens, i, i + 2, i + 1, lex)  # the-other: '"Yes," said the other.'
    k = i
    last = -1
    head = -1
    modal_name = _given_name_modal(tokens, i, limit, lex)
    held = -1  # the head before the first connector ("Jens Niklasch" of "Jens Niklasch of LBBW bank")
    married = lex.words["married-title"]  # (couple-of-titles)
    while k < limit and k - i < _MAX_NP:
        tok = tokens[k]
        low = tok.lower
        if k > i and low in lex.words["connector"] and last >= 0 and k + 1 < limit:
            nxt = tokens[k + 1]
            if low == "of" and lex.titles.get(nxt.lower) in ("m", "f"):
                break  # "asked Eugenio of Mrs. Miller": a person after "of" is the one asked, not part of the name
            if low == "of" and tokens[k - 1].text.islower() and nxt.lower in lex.given_names and not (
                k + 2 < limit and _is_cap(tokens[k + 2])
            ):
                break  # (so is a given name alone after a described speaker: "inquired the girl of Robert")
            prev_low = tokens[k - 1].lower
            plain = prev_low not in lex.titles and prev_low not in lex.source_nouns and prev_low not in lex.org_words
            if ((low == "to" or (low == "at" and _is_cap(tokens[k - 1]))) and plain) or (
                low == "to" and prev_low in lex.titles and prev_low not in lex.words["to-role"]
            ):
                break  # addressee: "said Anne to Diana", "said the parlourmaid to Leonard", "said the Inspector to
                # Holmes" (not "Ambassador to Russia": a title that takes "to", data/word_classes.tsv to-role)
            if _is_cap(nxt) or (nxt.lower == "the" and k + 2 < limit and _is_cap(tokens[k + 2])):
                if held < 0:
                    held = head
                k += 1
                continue
            break
        if low == "and" and last == k - 1 == i and k + 2 < limit and tokens[i].lower.rstrip(".") in married and (
            tokens[k + 1].lower.rstrip(".") in married and _is_cap(tokens[k + 1]) and _is_cap(tokens[k + 2])
        ):
            k += 1  # couple-of-titles: "said Mr. and Mrs. Gardiner" is the couple, not "Mr." (married-title)
            continue
        if low == "and" and _paired_modifiers(tokens, i, k, limit, lex):
            k += 1  # paired-modifiers: "exclaimed a haughty and magnificent nephew"
            continue
        if tok.text == "&" and last == k - 1 and k + 1 < limit and _is_cap(tokens[last]) and _is_cap(tokens[k + 1]):
            k += 1  # ampersand-name: "said analyst Tom Lee of Baird & Co." (a firm's name goes on after "&")
            continue
        if not _is_word(tok) or (low in lex.function_words and low not in lex.words["quantifier"] and not (
            k == i and modal_name
        )):
            break
        of_the = low == "the" and tokens[k - 1].lower == "of" and k + 1 < limit and _is_cap(tokens[k + 1]) and (
            tokens[k - 2].lower in lex.words["speaking-part"])  # voice-of: "replied the voice of the Dodger"
        if last >= 0 and not _initial(tok) and not of_the and (low in ("the", "a", "an") or (
            low in lex.words["subject-pronoun"] and low not in lex.words["object-pronoun"]
        ) or (low in lex.words["possessive-pronoun"] and tokens[k - 1].lower not in ("and", "or"))):
            break  # a new phrase begins: "told reporters the plan was dead", "told a crowd he would stay", "told
            # the court his client denies it"
        after_determiner = k > 0 and tokens[k - 1].lower in lex.words["determiner"]
        adverb_next = k + 1 < limit and is_manner_adverb(tokens[k + 1], lex) and not after_determiner and (
            low in lex.words["degree-adverb"] or not _noun_after_modifier(tokens, k, i, lex))
        if (last >= 0 or (k > i and is_manner_adverb(tok, lex))) and not _is_cap(tok) and (
            is_manner_adverb(tok, lex) or adverb_next
        ) and not _ly_adjective(tokens, i, k, limit, lex):
            break  # a manner adverb after a name or noun: "said Archer gravely", "said Alice very humbly" (but a
            # determiner's noun stays: "said his colleague indifferently")
        modifier = k + 1 < limit and _is_cap(tokens[k + 1]) and (low in lex.words["belief-adjective"] or (
            tokens[k + 1].lower.rstrip(".") in lex.titles))  # verb-form-before-title: "said state Rep. Tom Hall"
        if low in lex.verb_forms and not _is_cap(tok) and not after_determiner and not modifier:
            break  # a verb ends the phrase, but not a noun reading after a determiner ("the report"), nor an
            # adjective before a name ("remarked skeptical Anne")
        # described-then-adverb: after a determiner and a noun too ("continued her mother soon afterwards", "said
        # the child pressing his hands together", "said her aunt next morning")
        described = k > i + 1 and tokens[i].lower in lex.words["determiner"] and not _is_cap(tokens[k - 1])
        if last >= 0 and (_is_cap(tokens[last]) or described) and not _is_cap(tok) and len(low) > 4 and (
            low.endswith("ing")
        ):
            break  # participle-after-name: "cried Sikes starting up" is Sikes, then what he does
        time_lead = low in lex.words["time-lead"] and k + 1 < limit and tokens[k + 1].lower in lex.words["time"]
        after_determiner_noun = k == i + 1 and i > 0 and tokens[i - 1].lower in lex.words["determiner"] and (
            not _is_cap(tokens[i]))  # (a noun after a determiner before it: "said the girl aloud")
        if (last >= 0 and (_is_cap(tokens[last]) or described) and tok.text.islower() and (
            is_clause_adverb(low, lex) or low in lex.words["time"] or low in lex.words["quantifier"] or time_lead
        )) or (after_determiner_noun and tok.text.islower() and (
            is_clause_adverb(low, lex) or low in lex.words["time"] or time_lead
        )):
            break  # adverb-after-name: "said Mrs. Palmer soon afterwards" is Mrs. Palmer (time-after-noun: "said his
            # wife one day" is his wife)
        if last >= 0 and _past_after_noun(tokens, k, lex):
            break  # past-tense-ends-np: ", said the Khan family deserved better" is no inverted speaker
        if low not in lex.words["quantifier"] or (_is_cap(tok) and last == k - 1 and _is_cap(tokens[last])):
            last = k  # (a capitalised number ends a name: "Air Force One")
            if head < 0 or _is_cap(tok) or tokens[head].lower not in lex.source_nouns:
                head = k
        k += 1
    if last < 0 and speaker and tokens[i].lower in lex.words["partitive"] and k == i + 1 and (
        k == limit or not _is_word(tokens[k]) or tokens[k].lower == "who"
    ):
        return _make(tokens, i, k, i, lex)  # bare-partitive: '"It was chaos," said another.', "said one, who …"
    if speaker and held >= 0 and last >= 0 and not _head_ok(tokens[head], lex) and _head_ok(tokens[held], lex):
        head = held  # head-before-connector: "said Jens Niklasch of LBBW bank" is headed by the name, not "bank"
    if last < 0 or (speaker and not (_head_ok(tokens[head], lex) or _possessed(tokens, head, i) or (
        modal_name and head == i
    ))):
        return None
    return _make(tokens, i, last + 1, head, lex)


def _paired_modifiers(tokens: Sequence[Token], i: int, k: int, limit: int, lex: Lexicon) -> bool:
    """``paired-modifiers``: ``and`` at ``k`` joins two lower-case modifiers of one noun in a phrase that opens
    with, or right after, a determiner at ``i`` (``a haughty and magnificent nephew``), not two phrases (``the man
    and his wife``)."""
    if tokens[i].lower in lex.words["determiner"]:
        i += 1
    elif i == 0 or tokens[i - 1].lower not in lex.words["determiner"]:
        return False
    if k - 1 != i or k + 2 >= limit or tokens[k + 2].lower in lex.words["possessive-pronoun"]:
        return False  # (one modifier before "and", right after the determiner)
    return all(
        t.text.isalpha() and t.text.islower() and t.lower not in lex.function_words and t.lower not in lex.verb_forms
        for t in (tokens[k - 1], tokens[k + 1], tokens[k + 2])
    )


def _noun_after_modifier(tokens: Sequence[Token], k: int, i: int, lex: Lexicon) -> bool:
    """A lower-case noun after a determiner and one modifier (``the elder woman``, ``a tall man``); the determiner
    may come right before the phrase read from ``i`` (``said the old lady mildly``)."""
    modifier = tokens[k - 1].text
    return k - 2 >= max(0, i - 1) and tokens[k - 2].lower in lex.words["determiner"] and modifier.isalpha() and (
        modifier.islower() and tokens[k].text.isalpha())


def _partitive(tokens: Sequence[Token], i: int, lex: Lexicon, limit: int) -> Mention | None:
    """``partitive-phrase``: a quantifier, ``of`` and a group is one speaker (``said one of the officials``, ``asked
    one of the men``, ``said one of two witnesses``, ``said some of them``), headed by the group's noun."""
    low = tokens[i + 2].lower
    if low in lex.words["object-pronoun"] and lex.pronouns.get(low, ("-", "", ""))[1] == "pl":
        return _make(tokens, i, i + 3, i + 2, lex)  # "one of them", "some of us"
    if low not in lex.words["determiner"] and low not in lex.words["quantifier"] and not _is_cap(tokens[i + 2]):
        return None
    # (bounded like any phrase, _MAX_NP tokens in all: "one of one of …" nests a few levels, never thousands)
    group = np_starting_at(tokens, i + 2, lex, min(limit, i + _MAX_NP), speaker=False)
    if group is None:
        return None
    return _make(tokens, i, group.last, group.head, lex)


def _given_name_modal(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """``given-name-modal``: a capitalised modal that is a given name, opening a phrase before punctuation or a
    capitalised word, is that name (``said May, rising``, ``asked Will Ladislaw``); not before a lower-case word or
    number (``said May sales rose``, ``said May 5``)."""
    tok = tokens[k]
    if not _is_cap(tok) or tok.lower not in lex.words["modal"] or tok.lower not in lex.given_names:
        return False
    nxt = tokens[k + 1].text[:1] if k + 1 < limit else ""
    return not nxt.isalnum() or nxt.isupper()  # punctuation, the end or a capital: not "May sales", "May 5"


def _ly_adjective(tokens: Sequence[Token], i: int, k: int, limit: int, lex: Lexicon) -> bool:
    """``ly-adjective``: in a phrase opened by a determiner, an ``-ly`` word before a lower-case noun describes it
    (``said a little ugly man``, ``the surly porter``, and before a hyphenated modifier of a noun: ``a little ugly
    hump-backed man``); ``said the man quietly to her`` ends at the adverb."""
    determined = tokens[i].lower in lex.words["determiner"] or (i > 0 and tokens[i - 1].lower in lex.words[
        "determiner"])  # (or right after one: "said a great lubberly fellow", read from "great")
    if not determined or not is_manner_adverb(tokens[k], lex) or k + 1 >= limit:
        return False
    nxt = tokens[k + 1]
    low = nxt.lower
    word = nxt.text
    if "-" in word and k + 2 < limit and tokens[k + 2].text.isalpha() and tokens[k + 2].text.islower():
        word = word.replace("-", "")  # a hyphenated modifier before a noun: "said a little ugly hump-backed man"
    participle = low.endswith("ing") or (low.endswith("ed") and word == nxt.text)  # (not "hump-backed")
    return word.isalpha() and word.islower() and not is_manner_adverb(nxt, lex) and not participle and (
        low not in lex.function_words and low not in lex.verb_forms and low not in lex.words["connector"]
    )  # (a participle after it is what the speaker does: "said the Jew greatly excited")


def _possessed(tokens: Sequence[Token], head: int, start: int) -> bool:
    """``possessed-head``: a noun right after a capitalised possessive is a plausible speaker (``said Brenda's
    solicitor``, ``said Lady Catherine's daughter``)."""
    before = tokens[head - 1] if head > start else None
    return before is not None and before.text.endswith(POSSESSIVE_ENDS) and tokens[head].text.isalpha() and all(
        _is_cap(t) for t in tokens[start:head]
    )  # (a name and its titles only: not "business mogul Donald Trump's refusal")


def _past_after_noun(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A lower-case ``-ed`` word after a noun: a verb (``the family deserved``), not a modifier before one (``the
    newly elected mayor``, ``the most celebrated author``)."""
    low = tokens[k].lower
    if low in lex.words["past-verb"] and tokens[k].text.islower():
        return tokens[k - 1].lower not in lex.words["determiner"]  # "the White Rabbit blew three blasts"
    if len(low) < 6 or not low.endswith("ed") or not low.isalpha() or _is_cap(tokens[k]):
        return False
    prev = tokens[k - 1].lower
    return not (prev in lex.function_words or prev in lex.words["quantifier"] or is_manner_adverb(tokens[k - 1], lex)
                or prev in lex.words["determiner"])


_MAX_FRONTED = 8  # tokens of an introductory phrase before the subject


def _fronted_phrase_end(tokens: Sequence[Token], lex: Lexicon, limit: int, start: int) -> int | None:
    """Index after the comma of an introductory phrase that opens the sentence (a preposition, adverb, time word
    or ``introducer`` first: ``In fact,``, ``Luckily,``, ``After a pause,``, ``For months,``, ``soon after his
    entrance,``), or None; an ``-ly`` word before a capitalised one is a name, no adverb (``Vitaly Churkin turned
    to the council, and said:``)."""
    first = tokens[start].lower
    name_next = start + 1 < limit and _is_cap(tokens[start + 1])  # "Vitaly Churkin", "Emily Brontë": a name
    nxt = tokens[start + 1].lower if start + 1 < limit and tokens[start + 1].text.islower() else ""
    participle = (first in lex.words["past-participle"] and lex.is_preposition(nxt)) or (len(first) > 4 and (
        # participle-opener: "Delighted by the effect of this sally, John …", "Born in Ohio in 1936, Ms. Briggs …"
        (first.endswith("ed") and lex.is_preposition(nxt))
        # asked-opener: "Asked which county was his favorite, he demurred:"
        or (nxt in lex.words["question-word"] and lex.verb_forms.get(first, ("", ""))[0] in lex.words["question-verb"])
        or (first.endswith("ing") and not first.endswith("thing") and (  # ing-opener: "Owing to these …, she"
            lex.is_preposition(nxt) or nxt in lex.words["determiner"] or nxt in lex.words["object-pronoun"]
            # bare-participle-opener: "Starting, the lady instinctively moved …" names no "Starting"
            or (start + 1 < limit and tokens[start + 1].text == "," and first not in lex.given_names)))
    ))
    opener = (first in lex.function_words or first in lex.words["introducer"] or first in lex.words["time"]
              or (lex.is_preposition(first) and not name_next)  # "For months, Obama …" (not "For Harriet, …")
              or (first in lex.words["skip"] and nxt in lex.words["preposition"])  # "soon after his entrance, she"
              or first in lex.words["time-lead"] or (first.endswith("ly") and len(first) > 4 and not name_next
                                                      and first not in lex.given_names)  # given-name-ly: "Dolly"
              or participle
              # degree-adverb-opener: "More recently, Rubio has shifted …, offering" names no "More"
              or (first in lex.words["comparative-degree"] and nxt.endswith("ly"))
              # adjective-opener: "Anxious not to appear unhappy, she soon recovered herself", "Eager to help, …"
              or (nxt in ("to", "not") and first not in lex.given_names))
    if not opener or first in ("that", "this", "these", "those", "it", "its"):
        return None
    if name_next and first in lex.words["introducer"]:
        return None  # introducer-name-clause: "Then Marianne clapped her hands together, and cried," is no phrase
    reach = _MAX_FRONTED
    if start + 2 < limit and f"{first}_{tokens[start + 1].lower}_{tokens[start + 2].lower}" in lex.words[
        "compound-subordinator"
    ]:
        reach += 2  # compound-subordinator: "As soon as Brahms had grunted himself out, she …" (three words as one)
    for k in range(start + 1, min(limit - 1, start + reach)):
        text = tokens[k].text
        if text == "," and _place_apposition(tokens, k, limit, lex):
            continue  # place-in-phrase: "At a rally in Portland, Maine, on Thursday, Trump …" (not "Maine")
        if text == ",":
            return k + 1
        if not _is_word(tokens[k]) and text not in ("'", "’", "-"):
            return None
    return None


def _place_apposition(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """``place-in-phrase``: the comma at ``k`` sets off a state or country after a capitalised place, one or two
    capitalised words closed by another comma before the phrase goes on with a preposition (``in Portland, Maine, on
    Thursday,``; not ``After winning in Iowa, Clinton, the nominee, was …``)."""
    if k < 1 or not _is_cap(tokens[k - 1]) or k + 3 >= limit or not _is_cap(tokens[k + 1]):
        return False
    close = k + 2 if tokens[k + 2].text == "," else k + 3
    return close + 1 < limit and tokens[close].text == "," and (close == k + 2 or _is_cap(tokens[k + 2])) and (
        lex.is_preposition(tokens[close + 1].lower) or tokens[close + 1].lower in lex.words["pp-lead"]
    )


_ADVERB_RUN = 3  # adverbs opening a sentence before its subject pronoun ("Almost unconsciously she …")


def _opening_adverb(tok: Token, first: bool, lex: Lexicon) -> bool:
    """``adverb-run-opener``: a degree adverb (``Almost``) or an ``-ly`` adverb of more than four letters; the first,
    capitalised word of a sentence no given name (``Dolly``)."""
    low = tok.lower
    if low in lex.words["degree-adverb"]:
        return True
    if len(low) <= 4:
        return False
    return low.endswith("ly") and low not in lex.given_names if first else is_manner_adverb(tok, lex)
_TIME_OPENER = 3  # words of a time phrase opening a sentence without a comma ("The next day", "That evening")


def _time_opener_end(tokens: Sequence[Token], lex: Lexicon, limit: int, start: int) -> int | None:
    """``time-opener``: the index after a time phrase that opens a sentence with no comma, right before a name or
    subject pronoun (``The next day Mrs. Mingott was …``, ``That evening he …``, ``On Monday Mr. Collins …``, ``After
    supper Anne …``), or None."""
    k = start
    if start + 2 < limit and lex.is_preposition(tokens[start].lower) and any(
        tokens[start + 1].lower in lex.words[c] for c in ("time-noun", "month", "adverbial-pp")
    ):  # a preposition and a bare time: "After supper Anne sat …", "At last Charles spoke", "In June she married"
        nxt = tokens[start + 2]
        return start + 2 if _is_cap(nxt) or nxt.lower in lex.words["subject-pronoun"] else None
    if start + 3 < limit and lex.is_preposition(tokens[start].lower) and tokens[start + 1].lower in ("a", "an"):
        # duration-opener: "In a second Katharine was back again", "After a moment Elizabeth rose", "For a long
        # time now Jock had had a question" (one modifier before the duration, "now" or "then" after it)
        j = start + 2
        if j + 1 < limit and tokens[j + 1].lower in lex.words["duration-noun"] and tokens[j].text.islower():
            j += 1
        if tokens[j].lower in lex.words["duration-noun"]:
            j += 1
            if j < limit and tokens[j].lower in ("now", "then"):
                j += 1
            return j if j < limit and _is_cap(tokens[j]) else None
    while k < limit and k - start < _TIME_OPENER and (
        tokens[k].lower in lex.words["time-lead"] or tokens[k].lower in lex.words["determiner"]
    ):  # (no union of the two sets built per call)
        k += 1
    if k == start or k + 1 >= limit or tokens[k].lower not in lex.words["time"]:
        return None
    nxt = tokens[k + 1]
    return k + 1 if _is_cap(nxt) or nxt.lower in lex.words["subject-pronoun"] else None


_ROLE_WORDS = 3  # lower-case words of a role between a capitalised modifier and a name: "press secretary",
# "campaign communications director" (three since stop 63: "Library workers' union president Sam Blake")


def _role_before_name(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> int:
    """``role-then-name``: the index of the name after one to three lower-case words at ``k`` that end with a person
    noun or title and come right before a capitalised word (``Labour leader Keir Starmer``, ``White House press
    secretary Karine Jean-Pierre``), else 0."""
    for j in range(k, min(k + _ROLE_WORDS, limit - 1)):
        tok = tokens[j]
        if not tok.text.islower() or not _is_word(tok) or tok.lower in lex.function_words:
            return 0
        nxt = tokens[j + 1]
        if (lex.source_nouns.get(tok.lower) == "person" or lex.titles.get(tok.lower)) and _is_cap(nxt) and (
            _is_word(nxt) and nxt.lower not in lex.function_words
        ):
            return j + 1
    return 0


_COUNT_LEADS = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over"})


def _counted_np(tokens: Sequence[Token], i: int, limit: int, lex: Lexicon) -> Mention | None:
    """The noun phrase an approximation at ``i`` opens (``count-lead``: ``Nearly 300 residents``), the approximation
    included, else None."""
    number = _count_lead(tokens, i, limit)
    j = number
    while j > 0 and j + 1 < limit and j - number < 4 and _plain_noun(tokens[j + 1], lex):
        j += 1
    found = np_ending_at(tokens, j, lex, number) if j > number else None
    return attrs.evolve(found, first=i, start=tokens[i].start) if found is not None and found.first == number else None


def _count_lead(tokens: Sequence[Token], i: int, limit: int) -> int:
    """``count-lead``: the index of the number an approximation at ``i`` leads (``About 200 protesters``, ``Nearly
    300 residents``, ``More than 40 economists``): the noun phrase starts there, no fronted phrase and no name
    ``About`` or ``Nearly``; else -1."""
    low = tokens[i].lower if i < limit else ""
    k = i + 1 if low in _COUNT_LEADS else i + 2 if low in ("more", "fewer", "less") and i + 1 < limit and (
        tokens[i + 1].lower == "than") else -1
    return k if 0 < k < limit and tokens[k].text[:1].isdigit() else -1


def remark_subject(tokens: Sequence[Token], lex: Lexicon) -> Mention | None:
    """``remark-after``: the subject of a sentence that opens by taking the quotation before it as the subject's own
    words (``With these words, he pushed them from the room``, ``With this remark the admirable young woman rose``,
    ``With that he fell``; ``data/word_classes.tsv`` parting-noun: not ``With this answer Elizabeth was forced to be
    content``, where the listener takes it), or (``it-was-speaker``) the name a cleft gives the words (``It was
    Marilla who spoke, …``, ``It was Mary's voice.``; stop 62: PDNC dev +1, passages +1 each, nothing lost), else
    None.

    >>> from quotattr.segment import tokenize
    >>> t = "With this remark the young woman rose."
    >>> m = remark_subject(tokenize(t, 0, len(t), Lexicon.default()), Lexicon.default())
    >>> t[m.start:m.end]
    'the young woman'
    """
    n = len(tokens)
    if n > 3 and tokens[0].lower == "it" and tokens[1].lower == "was":
        # it-was-speaker: "It was Marilla who spoke, alarm in every jerk." / "It was Mary's voice." said the quote
        named = _cleft_name(tokens, 0, n, lex)
        k = named.last if named is not None else n
        voice = named is not None and tokens[named.last - 1].lower.endswith(POSSESSIVE_ENDS)
        spoke = k + 1 < n and tokens[k].lower == "who" and tokens[k + 1].lower in lex.verb_forms and (
            lex.verb_forms[tokens[k + 1].lower][1] in ("speech", "manner"))
        return named if voice or spoke else None
    if n < 3 or tokens[0].lower != "with" or tokens[1].lower not in ("this", "that", "these"):
        return None
    k = 2
    noun = next((j for j in range(2, min(n, 2 + _REMARK_WORDS)) if tokens[j].lower in lex.words["parting-noun"]), -1)
    if noun >= 0 and all(t.text.isalpha() and t.text.islower() for t in tokens[2:noun]):
        k = noun + 1
    elif not (tokens[2].text == "," or tokens[2].lower in lex.words["subject-pronoun"] or _is_cap(tokens[2])):
        return None  # (a noun the listener takes: "With this answer Elizabeth was forced to be content")
    if k < n and tokens[k].text == ",":
        k += 1
    if k >= n or not _is_word(tokens[k]):
        return None
    return sentence_subject(tokens, lex, n, k) or np_starting_at(tokens, k, lex, n)


_REMARK_WORDS = 4  # remark-after: words after "With these" up to the noun of the words ("these last words")


def gesturing(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """``gesture-subject``: the lower-case noun at ``j`` is right before a gesture only a person makes
    (``data/word_classes.tsv`` person-gesture: ``The mate shrugged.``, ``The barman grinned.``), so it is a person
    whatever the noun.

    >>> from quotattr.segment import tokenize
    >>> t = "The mate shrugged."
    >>> gesturing(tokenize(t, 0, len(t), Lexicon.default()), 1, Lexicon.default())
    True
    """
    return j + 1 < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower() and (
        tokens[j + 1].lower in lex.words["person-gesture"])


def sentence_subject(tokens: Sequence[Token], lex: Lexicon, limit: int, start: int = 0) -> Mention | None:
    """``sentence-subject``: a subject pronoun or the run of capitalised words (with titles, ``of``, ``the``)
    that opens a sentence, or starts at ``start`` (``Mr. Trump struck …`` -> ``Mr. Trump``), after a
    ``fronted-phrase`` if there is one (``In fact, Mr. Gregory connected …``; ``compound-subordinator``: ``As soon
    as``, ``As long as`` count as one word, ``As soon as they returned to the carriage, Mrs. Jennings was eager``) or
    an opening adverb right before a
    name (``introducer-then-name``: ``Then Mrs. Maylie came in``; ``introducer-name-clause``: such an adverb and
    a name open no fronted phrase, ``Then Marianne clapped her hands, and cried,``), also after an opening conjunction
    (``conjunction-opener``: ``And then Trump went on the attack, saying …``; ``first-then-name``: ``First`` before
    a given name, ``First Katharine looked at her watch``, not ``First Lady …``) and a focus adverb (``focus-opener``:
    ``But even Sybil refused``); a capitalised sentence adverb is
    no name (``adverb-opener``: ``Presently a page came …``, ``Instead Archer left``; ``adverb-run-opener``: nor
    are adverbs before a subject pronoun, ``Almost unconsciously she had …``, nor ``All`` before a set phrase,
    ``All of a sudden Syme …``, ``all-set-phrase``; ``preposition-no-name``: nor a
    preposition before a lower-case word, ``For the first time a red patch appeared …``, unless a name follows the
    phrase: ``phrase-then-name``, ``From his window the next morning Maurice Oakley watched …``, or a subject
    pronoun: ``phrase-then-pronoun``, ``With a sigh she sat down``, or a description ``described-after-phrase``
    reads (``phrase-then-described``: ``At the name his wife raised her hand``); after a fronted
    phrase ``the`` and a person's noun are one too: ``described-after-phrase``), and a fronted phrase may open with
    an ``-ed`` word and a preposition (``Delighted by the effect of this sally, John …``) or with a word that is no
    given name before ``to`` or ``not`` (``adjective-opener``: ``Anxious not to appear unhappy, she …``)."""
    if limit <= start or not _is_word(tokens[start]):
        return None
    if start + 1 < limit and tokens[start].lower in lex.words["opening-conjunction"] and _is_word(tokens[start + 1]):
        start += 1  # conjunction-opener: "And then Trump went on the attack, saying …", "But Trump …"
    if start + 2 < limit and tokens[start].lower == "at" and tokens[start + 1].lower in ("least", "most") and (
        tokens[start + 2].text[:1].isdigit() or tokens[start + 2].lower in lex.words["determiner"]
        or tokens[start + 2].lower in lex.words["quantifier"]
    ):
        start += 2  # at-least-count: "At least a dozen Republicans … said" opens no fronted phrase
    if _count_lead(tokens, start, limit) > 0:
        counted = _counted_np(tokens, start, limit, lex)  # count-lead: "About 200 protesters gathered, chanting …"
        return counted if counted is not None and person_head(tokens[counted.head], lex) else None
    if start + 1 < limit and tokens[start].lower in lex.words["focus-adverb"] and (
        _is_cap(tokens[start + 1]) or tokens[start + 1].lower in lex.words["subject-pronoun"]
        or tokens[start + 1].lower in ("his", "her", "their", "my", "our")
    ):
        start += 1  # focus-opener: "But even Sybil refused.", "Only she knew", "Even her husband …" (no "Even")
    if tokens[start].lower in lex.words["subject-pronoun"]:
        return _cleft_name(tokens, start, limit, lex) or _make(tokens, start, start + 1, start, lex)
    topic = _topic_name(tokens, start, limit, lex)
    if topic is not None:
        return topic
    if start + 1 < limit and tokens[start].lower == "all" and lex.is_preposition(tokens[start + 1].lower) and (
        _time_opener_end(tokens, lex, limit, start + 1) is not None
    ):
        start += 1  # all-set-phrase: "All of a sudden Syme …", "All at once she …" (no subject "All")
    j = start
    while j < limit and j - start < _ADVERB_RUN and _opening_adverb(tokens[j], j == start, lex):
        j += 1
    if start < j < limit and tokens[j].text.islower() and tokens[j].lower in lex.words["subject-pronoun"]:
        return _make(tokens, j, j + 1, j, lex)  # adverb-run-opener: "Almost unconsciously she had now undone …"
    after = _fronted_phrase_end(tokens, lex, limit, start)
    named = _name_after_phrase(tokens, start + 1, limit, lex) if after is not None else -1
    if after is not None and named >= 0 and lex.is_preposition(tokens[start].lower):
        run = _name_run_end(tokens, named, limit, named)
        if run < after - 1 and tokens[run].lower.endswith(REFLEXIVE_ENDS):
            run += 1  # (intensifier-after-name: "At that moment Clara herself came in, …")
        verb = tokens[run].lower
        if run == after - 1 or (run < after and (verb.endswith("ed") or verb in lex.words["past-verb"])):
            # (the comma closes the name, "At that moment Mrs. Pike, the housekeeper, came in", or the verb's clause,
            # "At that moment Mr. Kingcroft reappeared, carrying …"; not "In the gilt Venetian lantern, …")
            after = None
    role = start + 2 < limit and tokens[start + 1].lower == "the" and _is_cap(tokens[start + 2])
    if after is None:  # (before an introducer: "Later that night John Reed came" is John Reed's)
        after = _time_opener_end(tokens, lex, limit, start)  # time-opener: "The next day Mrs. Mingott was …"
    if after is None and start + 1 < limit and tokens[start].lower in lex.words["introducer"] and (
        _is_cap(tokens[start + 1]) or role or _sentence_adverb(tokens[start], lex, capitalised=True)
    ):  # introducer-then-name: "Then Mrs. Maylie came in", "Then the Professor rose" (not "Vitaly Churkin spoke");
        after = start + 1  # adverb-opener: "Presently a page came …" has no subject "Presently"
    if after is None and start + 1 < limit and tokens[start].lower == "first" and (
        tokens[start + 1].lower in lex.given_names
    ):
        after = start + 1  # first-then-name: "First Katharine looked at her watch" (not "First Lady …")
    if after is not None:  # fronted-phrase: "In fact, Mr. Gregory connected …", "After a moment, she …"
        start = after
        if start < limit and _is_word(tokens[start]):  # a second one: "Owing to these encumbrances, perhaps, she"
            start = _fronted_phrase_end(tokens, lex, limit, start) or start
        if tokens[start].lower in lex.words["subject-pronoun"]:
            return _make(tokens, start, start + 1, start, lex)
        if not _is_cap(tokens[start]) and not (tokens[start].lower == "the" and start + 1 < limit
                                               and _is_cap(tokens[start + 1])):
            return _described_after_phrase(tokens, start, limit, lex)  # "In response, the aide rallied …"
    low = tokens[start].lower
    if after is None and low in lex.words["opening-subordinator"] and start + 2 < limit:
        main = _subject_after_clause(tokens, start, limit, lex)
        if main is not None:  # clause-then-subject: "When Marilla went home Anne came out …" is Anne's
            return main
    if lex.is_preposition(low) and not (start + 1 < limit and _is_cap(tokens[start + 1])):
        named = _name_after_phrase(tokens, start + 1, limit, lex)
        if named < 0:  # preposition-no-name: "For the first time a red patch appeared …" has no subject "For"
            return _pronoun_after_phrase(tokens, start + 1, limit, lex)
        start, low = named, tokens[named].lower  # phrase-then-name: "From his window the next morning Maurice
        # Oakley watched …" is Maurice Oakley's
    # possessive-no-name: "Her brother gave …" opens with a possessive, not the name "Her"
    k = start + 1 if low in ("the", "a", "an") or low in lex.words["possessive-pronoun"] else start
    last = -1
    while k < limit and k - start < _MAX_NP:
        tok = tokens[k]
        if _is_cap(tok) and _is_word(tok) and (tok.lower not in lex.function_words or _surname(tokens, k, start, lex)):
            last = k
        elif tok.lower in ("of", "the", "for") and last >= 0 and k + 1 < limit and _is_cap(tokens[k + 1]):
            pass
        elif last >= 0 and _name_particle(tokens, k, limit, lex):
            pass  # name-particle: "Mr. van der Luyden paused"
        elif last >= 0 and tok.text.islower() and (named := _role_before_name(tokens, k, limit, lex)):
            k = named  # role-then-name: "Labour leader Keir Starmer hit back"
            continue
        else:
            break
        k += 1
    if last < 0 and k == start + 1:  # "The mayor is …": a determiner and a known or plural noun
        j = k
        while j < limit and j - k < 4 and _is_word(tokens[j]) and tokens[j].lower not in lex.function_words and (
            tokens[j].lower not in lex.words["possessive-pronoun"]  # (a possessive opens the object: "The company
        ) and not (tokens[j].lower == "of" and _of_a_name(tokens, j, limit, lex)):  # cut its forecast" is "The
            # company", not "… its"; noun-before-of: "The idea of Beaufort gnawed him." names no subject Beaufort
            low = tokens[j].lower
            if _is_cap(tokens[j]) or low in lex.source_nouns or low.endswith("s") or person_head(tokens[j], lex) or (
                low in lex.words["speaking-part"] and tokens[start].lower in _A_THE
            ) or gesturing(tokens, j, lex):  # (a person's noun: "Her aunt looked at her", "The old woman folded her
                last = j  # hands"; a voice heard: "The voice was male, clipped."; gesture-subject: "The mate
                # shrugged.")
            j += 1
        while last >= 0 and last == j - 1 and j < limit and j - k < _MAX_NP and _is_cap(tokens[j]) and (
            _is_word(tokens[j]) and tokens[j].lower not in lex.function_words
        ):  # name-past-window: "The workers' union president Sam Blake disagreed." is Sam Blake, not "… Sam" (at
            # most _MAX_NP words in all: bounded)
            last = j
            j += 1
        if last < 0 and j > k:  # any noun named in apposition: "The neighbour, Tom Reed, stood up."
            apposed = _named_after(tokens, _make(tokens, start, j, j - 1, lex), limit, lex)
            return apposed if apposed.ref_start >= 0 else None
    if last < 0:
        return None
    head = _possessed_head(tokens, last, limit, lex) if k == last + 1 else -1
    if head >= 0:  # possessor-then-role: "Britain's prime minister faced …" is the minister, not "Britain's"
        return _named_after(tokens, _make(tokens, start, head + 1, head, lex), limit, lex)
    if k == last + 1 and last + 2 < limit and tokens[last + 2].text == "," and _possessed_word(tokens, last, lex):
        # possessed-then-named: "Cole's partner, Dan Okafor, leaned against the wall." is Dan Okafor, not Cole
        apposed = _named_after(tokens, _make(tokens, start, last + 2, last + 1, lex), limit, lex)
        if apposed.ref_start >= 0:
            return apposed
    noun = _modified_noun(tokens, last, limit, lex) if k == last + 1 and k < limit and tokens[k].text.islower() else -1
    if noun >= 0:  # modifier-then-noun: "American officials, speaking …, said" are the officials, not "American"
        return _make(tokens, start, noun + 1, noun, lex)
    subject = _make(tokens, start, last + 1, last, lex)
    return _named_after(tokens, subject, limit, lex) if subject.kind == "description" else subject


def _of_a_name(tokens: Sequence[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """``noun-before-of``: ``of`` at ``j`` after a lower-case noun, then a capitalised name that is no possessive:
    the noun heads the subject, the name is its object (``The idea of Beaufort gnawed him.``, ``The wife of Beaufort``
    is no Beaufort); not after a part of the face or the voice, which is the person's (``The face of Mr. Cuss was
    angry``: ``data/word_classes.tsv`` expression-part), nor before a possessive (``The voices of Edna's guests``:
    Edna is who the sentence is about). Stop 60: PDNC dev +8, passages of 3,000, 1,000 and 800 characters +9/−2,
    +5/−3, +3/−2; news unchanged (stopped at every ``of``: PDNC +23/−5 but passages −5/−2/−1 net)."""
    if j > 0 and tokens[j - 1].lower in lex.words["expression-part"]:
        return False
    k = j + 1
    while k < limit and _is_cap(tokens[k]) and _is_word(tokens[k]):
        if tokens[k].lower.endswith(POSSESSIVE_ENDS):
            return False
        k += 1
    return k > j + 1


def absolute_subject(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> Mention | None:
    """``absolute-phrase``: from ``k``, the token after a name, the subject pronoun after the comma that closes the
    name's absolute phrase, lower-case words with an ``-ing`` participle and no finite verb (``Elizabeth at that
    instant moving towards them, he was …``); else None. Not a participle set off by a comma after the name
    (``Elizabeth, moving towards them, said``).

    >>> from quotattr.segment import tokenize
    >>> lex = Lexicon.default()
    >>> toks = tokenize("Elizabeth moving towards them, he called out to her,", 0, 52, lex)
    >>> absolute_subject(toks, 1, len(toks), lex).kind
    'pronoun'
    """
    participle = False
    for j in range(k, min(limit - 1, k + _ABSOLUTE_WORDS)):
        tok = tokens[j]
        if tok.text == ",":
            nxt = tokens[j + 1]
            if participle and j > k and nxt.lower in _PHRASE_PRONOUNS and j + 2 < limit and (
                tokens[j + 2].text.islower()
            ):
                return _make(tokens, j + 1, j + 2, j + 1, lex)
            return None
        if not _is_word(tok) or not tok.text.islower() or lex.is_auxiliary(tok.lower) or _past_form(tok, lex) or (
            tok.lower in lex.verb_forms
        ):
            return None
        participle = participle or (tok.lower.endswith("ing") and len(tok.lower) > 4)
    return None


_ABSOLUTE_WORDS = 8  # words of a name's absolute phrase before its comma (absolute-phrase)
_PHRASE_WORDS = 6  # lower-case words of a fronted phrase with no comma before a name (phrase-then-name)
_RELATIVES = frozenset({"which", "who", "whom", "whose", "that"})  # phrase-then-name: a clause opens after them


_PHRASE_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # phrase-then-pronoun: subjects only


def _pronoun_after_phrase(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> Mention | None:
    """``phrase-then-pronoun``: a subject pronoun right after the lower-case object of a sentence-opening
    preposition with no comma, a lower-case word after it (``With a sigh she sat down``, ``At the door he
    turned``); else None."""
    first = k
    while k < limit and k - first < _PHRASE_WORDS and _is_word(tokens[k]) and tokens[k].text.islower() and (
        tokens[k].lower not in lex.words["subject-pronoun"] and tokens[k].lower not in lex.words["be"]
        and tokens[k].lower not in lex.words["subordinator"] and tokens[k].lower not in _RELATIVES
    ):
        if k > first + 1 and not lex.is_preposition(tokens[k - 1].lower) and (
            tokens[k - 1].lower not in lex.words["determiner"]
        ) and (described := _described_after_phrase(tokens, k, limit, lex)) is not None:
            return described  # phrase-then-described: "At the name his wife raised her hand"
        k += 1
    if k == first or k + 1 >= limit or tokens[k].lower not in _PHRASE_PRONOUNS or not tokens[k + 1].text.islower():
        return None
    before = tokens[k - 1].lower
    if lex.is_preposition(before) or before in lex.words["determiner"] or before in lex.words["quantifier"] or (
        lex.is_auxiliary(before)
    ):
        return None  # (no object yet: "For all he knew"; an inversion: "For the world would she not …")
    return _make(tokens, k, k + 1, k, lex)


def _name_after_phrase(tokens: Sequence[Token], k: int, limit: int, lex: Lexicon) -> int:
    """``phrase-then-name``: where a name starts after the lower-case object of a sentence-opening preposition with
    no comma (``From his window the next morning Maurice Oakley watched``, ``In the morning Ann left``), if a
    lower-case word follows the name's capitalised run, or a phrase set off by a comma (``At that moment Mrs. Pike,
    the housekeeper, came in``: ``that`` right after the preposition is a determiner); else -1. Not over a pronoun,
    a form in ``-ed``, ``be``, a subordinator, a relative or a mark (``In a statement released Monday Smith said``,
    ``In a year in which Mr. Sanders has …`` are left alone)."""
    first = k
    while k < limit and k - first < _PHRASE_WORDS and _is_word(tokens[k]) and tokens[k].text.islower() and (
        tokens[k].lower not in lex.words["subject-pronoun"] and not tokens[k].lower.endswith("ed")
        and tokens[k].lower not in lex.words["be"] and tokens[k].lower not in lex.words["subordinator"]
        and (tokens[k].lower not in _RELATIVES or (k == first and tokens[k].lower == "that"))
    ):  # ("that" right after the preposition is a determiner: "At that moment Mrs. Pike came in")
        k += 1
    if k == first or k >= limit or not (_is_cap(tokens[k]) and _is_word(tokens[k])) or _date_word(tokens[k], lex):
        return -1  # (a date is part of the phrase: "At a rally Friday in Coral Springs")
    before = tokens[k - 1].lower
    if before in lex.words["determiner"] or before in lex.words["possessive-pronoun"] or lex.is_preposition(before):
        return -1  # (a capitalised object: "In the Senate Sanders said", "in the suburbs of Westchester County")
    end = k
    while end < limit and _is_cap(tokens[end]) and _is_word(tokens[end]):
        end += 1
    if end + 2 < limit and tokens[end].text == "," and _set_off_after_name(tokens, end + 1, lex):
        end += 1  # a phrase set off after the name: "At that moment Mrs. Pike, the housekeeper, came in"
    return k if end < limit and tokens[end].text.islower() and _is_word(tokens[end]) else -1


_CLAUSE_WORDS = 14  # tokens of an opening subordinate clause with no comma, before the main clause's subject


def _subject_after_clause(tokens: Sequence[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    """``clause-then-subject``: the subject of the main clause after an opening subordinate clause that no comma
    closes (``When Marilla went home Anne came out``, ``While they were dancing Tony came up``, ``As he stood there
    he began``): a subject pronoun, or a capitalised run after a lower-case word that is no preposition,
    determiner, pronoun or verb form (``When he met Anne …`` is left alone), before a past verb; None over
    punctuation, ``that`` or another subordinator (``When he saw that she …``)."""
    end = min(limit - 1, start + _CLAUSE_WORDS)
    k = start + 2  # (the clause's own subject and verb come first)
    while k < end:
        tok = tokens[k]
        low = tok.lower
        if not _is_word(tok) or low == "that" or low in lex.words["subordinator"] or low in _RELATIVES:
            return None
        prev = tokens[k - 1].lower
        if prev in ("and", "or", "but") or prev in lex.words["subject-pronoun"]:
            pass
        elif tok.text.islower() and low in lex.words["subject-pronoun"] and _past_form(tokens[k + 1], lex):
            return _make(tokens, k, k + 1, k, lex)
        elif tokens[k - 1].text.islower():
            run = _name_run_end(tokens, k, limit, k)
            if run > k and low not in lex.function_words and not (
                lex.is_preposition(prev) or prev in lex.words["determiner"] or prev in lex.words["possessive-pronoun"]
                or prev in lex.words["object-pronoun"] or _past_form(tokens[k - 1], lex)
            ) and run < limit and _past_form(tokens[run], lex):
                return _make(tokens, k, run, run - 1, lex)
        k += 1
    return None


def _past_form(tok: Token, lex: Lexicon) -> bool:
    """A lower-case past verb (``came``, ``rallied``, ``was``, ``said``)."""
    low = tok.lower
    return tok.text.islower() and (low.endswith("ed") or low in lex.words["past-verb"] or low in ("was", "were") or (
        low in lex.verb_forms and not low.endswith(("s", "ing"))))  # (a verb of saying's: "said", "told")


def _set_off_after_name(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A phrase set off after a name at ``k`` that leaves the name the subject: an appositive (``Mrs. Pike, the
    housekeeper,``), a participle (``Mr. Kingcroft, carrying a footwarmer,``) or a prepositional phrase (``Tibby,
    with rare self-effacement,``), not a relative one (``Of her dear Isabella, to whom she …``)."""
    low = tokens[k].lower
    if low in ("the", "a", "an") or (low.endswith("ing") and tokens[k].text.islower()):
        return True
    return lex.is_preposition(low) and tokens[k + 1].lower not in _RELATIVES


def _described_after_phrase(tokens: Sequence[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    """``described-after-phrase``: after a fronted phrase, ``the`` and at most three lower-case words ending on a
    person's noun, then a lower-case verb, are the subject (``In response to the plan, the aide rallied …``); so
    are a possessive pronoun and a kin word (``When she had finished, her sister kissed her``)."""
    kin = tokens[start].lower in lex.words["possessive-pronoun"]
    if tokens[start].lower != "the" and not kin:
        return None
    for j in range(start + 1, min(limit - 1, start + 4)):
        tok = tokens[j]
        if not (_is_word(tok) and tok.text.islower()) or tok.lower in lex.function_words:
            return None
        person = (tok.lower in lex.words["female-kin"] or tok.lower in lex.words["male-kin"]) if kin else (
            lex.source_nouns.get(tok.lower) == "person")
        if person and tokens[j + 1].text.islower() and _is_word(tokens[j + 1]):
            return _make(tokens, start, j + 1, j, lex)
    return None


def _modified_noun(tokens: Sequence[Token], last: int, limit: int, lex: Lexicon) -> int:
    """``modifier-then-noun``: the index of a person or group noun (``data/source_nouns.tsv``) at most two lower-case
    words after a capitalised run that opens the sentence (``American officials``, ``Democratic party leaders``,
    ``Trump campaign aides``), else -1."""
    return _source_noun_after(tokens, last, min(limit, last + 1 + _MODIFIED_WORDS), lex)


_MODIFIED_WORDS = 2  # lower-case words after a capitalised modifier up to the noun it modifies
_POSSESSED_WORDS = 3  # lower-case words between a possessive name and the role noun it owns: "foreign minister"


def _possessed_head(tokens: Sequence[Token], last: int, limit: int, lex: Lexicon) -> int:
    """``possessor-then-role``: the index of the source noun that a capitalised possessive owns right after it
    (``Britain's prime minister``, ``Trump's campaign manager``), or a person's noun (``Gonzalez's daughter``), else
    -1."""
    if not tokens[last].lower.endswith(POSSESSIVE_ENDS):
        return -1
    return _source_noun_after(tokens, last, min(limit, last + 1 + _POSSESSED_WORDS), lex, persons=True)


def _possessed_word(tokens: Sequence[Token], last: int, lex: Lexicon) -> bool:
    """Whether a capitalised possessive at ``last`` owns the one lower-case word after it (``Cole's partner``)."""
    word = tokens[last + 1]
    return tokens[last].lower.endswith(POSSESSIVE_ENDS) and _is_word(word) and word.text.islower() and (
        word.lower not in lex.function_words)


def _source_noun_after(tokens: Sequence[Token], last: int, stop: int, lex: Lexicon, *, persons: bool = False) -> int:
    """The index of the first person or group noun among the lower-case words after ``last`` (before ``stop``; with
    ``persons``, failing one, the first title or person's noun: ``daughter``, but ``minister`` in ``prime
    minister``), else -1: a capitalised word, punctuation or a function word ends the phrase first."""
    fallback = -1  # (the first title or person's noun, when ``persons``)
    for j in range(last + 1, stop):
        tok = tokens[j]
        if not _is_word(tok) or not tok.text.islower() or tok.lower in lex.function_words:
            return fallback
        if tok.lower.endswith("ed") and tok.lower not in lex.words["ed-modifier"]:
            return fallback  # a past verb ends it: "Huma Abedin rallied supporters" is no phrase ("elected officials")
        if lex.source_nouns.get(tok.lower) in ("person", "group"):
            return j
        if persons and fallback < 0 and tok.lower not in lex.source_nouns and person_word(tok.lower, lex):
            fallback = j
    return fallback


def _named_after(tokens: Sequence[Token], m: Mention, limit: int, lex: Lexicon, *, at_end: bool = False) -> Mention:
    """``described-then-named`` for a sentence subject: ``Her father, Brad Pelletier, 39, stood up.`` names Brad
    Pelletier, and so does (``named-appositive``) a naming participle ending an appositive (``The butler, a thin man
    named Rowe, took her bag`` names Rowe); ``at_end`` (an inverted speaker) lets the name end at the sentence's
    end too."""
    first = m.last + 1
    if first >= limit or tokens[m.last].text != "," or not (_is_cap(tokens[first]) or tokens[first].lower in _A):
        return m
    closers = _NAME_CLOSERS if at_end else _COMMA
    close = first
    while close < limit and close - first < _MAX_NP and tokens[close].text not in closers:
        close += 1
    found = close - first < _MAX_NP if at_end else close < limit
    if found and tokens[first].lower in _A:  # named-appositive: "The butler, a thin man named Rowe, took" is Rowe
        k = next((k for k in range(first + 2, close - 1) if tokens[k].lower in ("named", "called")), -1)
        return _apposed_name(tokens, m, k + 1, close, lex) if k > 0 else m
    return _apposed_name(tokens, m, first, close, lex) if found else m


_A = frozenset({"a", "an"})  # the article of an appositive that a naming participle ends ("a thin man named Rowe")
_A_THE = frozenset({"a", "the"})  # the articles of a voice heard as a subject ("The voice was male")


def named_after_inverted(tokens: Sequence[Token], m: Mention, limit: int, lex: Lexicon) -> Mention:
    """``described-then-named`` for an inverted speaker: ``"…," said one resident, Maria Lopez, 63.`` and ``said a
    neighbour, Tom Reed.`` name Maria Lopez and Tom Reed; the name ends at a comma or the sentence's end."""
    return _named_after(tokens, m, limit, lex, at_end=True) if m.kind == "description" else m


_COMMA = frozenset({","})  # what ends a name set off after a subject
_NAME_CLOSERS = frozenset({",", ".", "!", "?", ";"})  # what ends a name set off after an inverted speaker


def _apposed_name(tokens: Sequence[Token], m: Mention, first: int, stop: int, lex: Lexicon) -> Mention:
    """``described-then-named``: description ``m`` named by the name that fills ``tokens[first:stop]``, the segment
    set off after it (the mention keeps its span and takes the name as the phrase it names), else ``m``."""
    named = np_ending_at(tokens, _before_parenthesis(tokens, stop - 1, first), lex, first)
    if named is None or named.kind != "name" or named.first != first or tokens[first].lower in _A:
        return m  # (indefinite-no-name: "The senator, a Democrat from Ohio, said" names no "Democrat" or "Ohio")
    return attrs.evolve(m, kind="name", ref_start=named.start, ref_end=named.end)


def coordinated(tokens: Sequence[Token], m: Mention, lex: Lexicon) -> bool:
    """``coordinated-subject``: the subject is the first of two joined by ``and`` (``Mrs. Bankes and Rodney followed
    her.``, ``Elizabeth and her sister …``): the pair is a group, so neither is the ``she`` of the next sentence."""
    k = m.last
    if k + 1 >= len(tokens) or tokens[k].lower != "and":
        return False
    nxt = tokens[k + 1]
    return (_is_cap(nxt) and _is_word(nxt)) or nxt.lower in lex.words["possessive-pronoun"] or nxt.lower == "the"


def _name_run_end(tokens: Sequence[Token], k: int, limit: int, start: int) -> int:
    """The index after the run of capitalised words from ``k`` (``Mrs. Hilbery``), at most ``_MAX_NP`` tokens from
    ``start``."""
    while k < limit and k - start < _MAX_NP and _is_cap(tokens[k]) and _is_word(tokens[k]):
        k += 1
    return k


def _topic_name(tokens: Sequence[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    """``as-for-topic``: ``As for Mary, she was mistress enough of herself …`` is about Mary, whom the pronoun after
    the comma names: the name (perhaps titled) after a sentence-opening ``As for``/``As to``."""
    if start + 3 >= limit or tokens[start].lower != "as" or tokens[start + 1].lower not in ("for", "to"):
        return None
    k = _name_run_end(tokens, start + 2, limit, start)
    if k == start + 2 or k + 1 >= limit or tokens[k].text != "," or tokens[k + 1].lower not in lex.words[
        "subject-pronoun"
    ]:
        return None
    return _make(tokens, start + 2, k, k - 1, lex)


def _cleft_name(tokens: Sequence[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    """``it-was-name``: ``It was Nancy.``, ``It was Mrs. Hilbery; …`` introduces the person named, not ``it``: the
    name (perhaps titled) after ``It was``/``It is`` when the sentence or clause ends after it or ``who`` follows, or
    (``voice-was-name``) a voice is its possessive's (``It was Mary's voice, thin with fright.`` names Mary)."""
    if tokens[start].lower != "it" or start + 2 >= limit or tokens[start + 1].lower not in ("was", "is"):
        return None
    k = _name_run_end(tokens, start + 2, limit, start)
    voice = k > start + 2 and k < limit and tokens[k - 1].lower.endswith(POSSESSIVE_ENDS) and tokens[k].lower in (
        lex.words["speaking-part"])  # voice-was-name: "It was Mary's voice, thin with fright." names Mary
    if k == start + 2 or (k < limit and tokens[k].text not in (".", ";", ",", "!", "?") and tokens[k].lower != "who"
                          and not voice):
        return None
    if voice:
        end = tokens[k - 1].end - 2
        return Mention(start + 2, k, tokens[start + 2].start, end, k - 1, "name")
    return _make(tokens, start + 2, k, k - 1, lex)


def clause_name(tokens: Sequence[Token], cue_first: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """``clause-name``: the subject of the cue's clause when it is not next to the cue: the first subject pronoun,
    else the leftmost capitalised name that is not the object of a preposition (``On September 27 they published
    … by announcing``, ``A House panel voted Thursday to hold …``), read over ``of`` (``Secretary of State Marco
    Rubio, asked about …``)."""
    k = cue_first - 1
    closed = False  # a parenthesis closed before the cue is read through ("Gowdy (R-S.C.) earlier … touted")
    while k > floor and (tokens[k - 1].text not in ",;:—(" or (closed and tokens[k - 1].text == "(")):
        if tokens[k - 1].text in ("(", ")"):
            closed = tokens[k - 1].text == ")"
        k -= 1
    start = max(k, floor)
    for i in range(start, cue_first):
        tok = tokens[i]
        if tok.lower in lex.words["subject-pronoun"] and tok.lower != "it":
            return _make(tokens, i, i + 1, i, lex)
        if tok.lower in ("who", "which") and i > start:  # "the group which broke away … to proclaim": the group
            rel = relative_mention(tokens, i, lex, start)
            if rel is not None:
                return rel
    for i in range(start, cue_first):
        tok = tokens[i]
        if not _is_cap(tok) or tok.lower in lex.function_words or not _is_word(tok) or party_state(tok, lex):
            continue
        if i == start and _count_lead(tokens, i, cue_first) > 0:
            return _counted_np(tokens, i, cue_first, lex)  # count-lead: "Nearly 300 residents signed …, saying …"
        if i == start and is_clause_adverb(tok.lower, lex):
            continue  # adverb-opener: "Presently a page came to their table to say" names no "Presently"
        if i == start and tok.lower in lex.words["time-lead"] and i + 1 < cue_first and (
            tokens[i + 1].lower in lex.words["time"]
        ):
            continue  # "Last week Stumpf … appeared to blame" names no "Last"
        if i > start and tokens[i - 1].lower in lex.function_words:
            continue  # "in Washington", "to Ukraine"
        if i > start and tokens[i - 1].lower in ("a", "an") and not (
            i + 1 < cue_first and tokens[i + 1].text[:1] in "-–"
        ):  # (a compound's name still leads a person's phrase: "a U.S.-born gunman claiming")
            continue  # article-modifier: "favors a California proposal … and has promised" names no "a California"
        if tok.lower in lex.words["determiner"] and i + 1 < cue_first and _plain_noun(tokens[i + 1], lex):
            j = i + 1  # "The mayor is trying to …": the phrase, not "The"
            while j + 1 < cue_first and j - i < 4 and _plain_noun(tokens[j + 1], lex):
                j += 1
            return np_ending_at(tokens, j, lex, i)
        j = i
        while j + 1 < cue_first and ((_is_cap(tokens[j + 1]) and _is_word(tokens[j + 1])) or (
            tokens[j + 1].lower in ("of", "the", "for") and j + 2 < cue_first and _is_cap(tokens[j + 2])
        )):  # (a role's name goes on over "of": "Secretary of State Marco Rubio, asked about …")
            j += 1
        return np_ending_at(tokens, j, lex, start)
    return None


# A clause opener (a comma, semicolon, colon or conjunction; a name after any word was measured and named fewer
# speakers right on PDNC dev; opening-subordinator: a capitalised subordinator opening the sentence, "When Bram came
# down for breakfast, she was standing at the window." names Bram for a later "he"), perhaps a time adverb ("when
# at last Kitty did"; adverbial-phrase: a set phrase of time or manner, never a place, "but for some reason Edna did
# not want her", "and at that moment Mary came in"; stop 62: PDNC dev +6, one scene, nothing lost; with any
# preposition, article and noun, PDNC +6/-3 and passages of 3,000 characters -4: "in … Leghorn"), a name of up to
# three capitalised
# words, perhaps an appositive of up to 40 characters (appositive-subject: "and Mrs. Hale, the housekeeper, came
# in") or an aside of up to 120 opening with a lower-case word, kept only after a titled name ("when Mrs. Hilbery,
# either warned by the parlor-maid or …, opened"; stop 44: after any name, PDNC dev +29/-42), then a lower-case
# word that is no preposition nor relative ("Millie, who had been roused": not a verb), nor "some" (some-after-name:
# "and Herr some one, and Aunt some one" names nobody; stop 60: PDNC dev +4, none lost): the name is that clause's
# subject. Regex audit: the name repeats at most twice with one bounded backtrack; the
# appositive and the aside are each one bounded possessive run of non-commas; every other run is possessive: linear.
_CLAUSE_SUBJECT = regex.compile(
    r"(?:[,;:]|\b(?:and|but|when|as|while|then|until|before|after|that|so|till|though|although|because|since|if|once|whereupon|nor|yet)"
    r"|\b(?:When|As|While|Until|Before|After|Till|Though|Although|Because|Since|If|Once))\s++"
    r"(?:(?:at last|at length|at once|presently|suddenly|soon|now|then|again|instantly|immediately|of course"
    r"|for (?:some reason|a moment|an instant|once)|in (?:a moment|an instant|the end)|after (?:a while|a moment)"
    r"|at (?:that|this) moment|by and by),?+\s++)?+"
    r"((?:[[:upper:]][[:lower:]]++\.?+\s){0,2}[[:upper:]][[:lower:]]++)"
    r"(?:,\s(?:(?:the|a|an)\s[^,\n\"“”]{1,40}+|(?<aside>[[:lower:]]++\s[^,\"“”]{1,120}+)),)?+\s++"
    r"(?!(?:and|or|of|in|to|with|at|who|which|whose|some)\b)"
    r"[[:lower:]]{2,}+"
)


def clause_subjects(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``clause-subject``: spans of the names that open a later clause of ``text[start:end]`` before a verb,
    outside the ``quoted`` spans (``…, but as he spoke, Mrs. Hilbery broke in`` -> ``Mrs. Hilbery``), also after a
    time adverb (``and when at last Kitty did, she …`` -> ``Kitty``) or before an appositive (``appositive-subject``:
    ``The door opened and Mrs. Hale, the housekeeper, came in`` -> ``Mrs. Hale``) or, for a titled name, an aside
    (``when Mrs. Hale, either warned by the maid or …, opened``); ``opening-subordinator``: also the clause a
    capitalised subordinator opens the sentence with (``When Bram came down, she was at the window.`` -> ``Bram``;
    stop 48).

    >>> t = "He read on, and Mrs. Hilbery broke in."
    >>> [t[s:e] for s, e in clause_subjects(t, 0, len(t), [])]
    ['Mrs. Hilbery']
    """
    return [
        (m.start(1), m.end(1))
        for m in _CLAUSE_SUBJECT.finditer(text, start, end)
        if not _quoted_at(quoted, m.start(1)) and (m.start("aside") < 0 or "." in m.group(1))
    ]


# given-name-run: a run of capitalised words on one line, middle initials included ("When Maria Gonzalez",
# "Donald J. Trump"); the names are read from its given names on. Regex audit: possessive letter runs, a bounded
# repeat of at most five words, a one-character look-behind: linear.
_CAPITAL_RUN = regex.compile(
    r"(?<![\w'’.-])[[:upper:]][[:lower:]]++"
    r"(?: (?:[[:upper:]]\.|[[:upper:]][[:lower:]]++(?:-[[:upper:]][[:lower:]]++)?+)){1,5}+"
)
_RUN_WORDS = 3  # words of a name read from its given name: "Donald J. Trump", "Maria Gonzalez Ruiz"


def given_name_runs(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """``given-name-run``: spans of the names opening with a given name (``data/given_names.tsv``) anywhere in
    ``text``, subjects or not (``When Maria Gonzalez opened her bakery``), at most three words from the given name to
    the end of the capitalised run (a headline's ``Marco Rubio Miss The Vote`` names nobody):
    the fuller forms coreference may give a surname written alone (``Gonzalez says``).

    >>> t = "When Maria Gonzalez opened, Donald J. Trump said so. Why Did Marco Rubio Miss The Vote? Gonzalez says."
    >>> [t[s:e] for s, e in given_name_runs(t, Lexicon.default())]
    ['Maria Gonzalez', 'Donald J. Trump']
    """
    spans = []
    given = lex.given_names
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group().split(" ")
        at = run.start()
        for k, word in enumerate(words[:-1]):
            if word.lower() in given:
                after = text[run.end() : run.end() + 2]
                if k + _RUN_WORDS >= len(words) and not (after[:1] in ("'", "’") and after[1:] not in ("s", "")):
                    # (a name ends its run: not a headline's "Marco Rubio Miss The Vote", nor "Bernie Sanders
                    spans.append((at, run.end()))  # Isn't")
                break
            at += len(word) + 1
    return spans


def _quoted_at(quoted: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies inside one of the ``quoted`` spans (in text order, none overlapping): one bisection,
    so a sentence of many quotations and names is read in linear time."""
    k = bisect_right(quoted, (at, _AFTER_ANY)) - 1
    return k >= 0 and at < quoted[k][1]


_AFTER_ANY = 1 << 62  # _quoted_at: an end past any span's, so a span opening at ``at`` sorts before it


def narration_names(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``scene-names``: spans of the capitalised names (perhaps titled) in ``text[start:end]`` outside the
    ``quoted`` spans, subjects or not (``he found Mr Todd sitting there`` -> ``he``'s company ``Mr Todd``); the
    caller keeps those of the cast.

    >>> t = 'When he reached the house he found Mr Todd there. "Ah, Tony."'
    >>> [t[s:e] for s, e in narration_names(t, 0, len(t), [(50, 59)])]
    ['When', 'Mr Todd']
    """
    return [
        (m.start(), m.end())
        for m in _NAME_RUN.finditer(text, start, end)
        if not _quoted_at(quoted, m.start())
    ]


def narration_descriptions(
    text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """``described-in-scene``: spans of the descriptions of a person (``the``, perhaps one modifier, and a
    person's noun of ``data/source_nouns.tsv``) in ``text[start:end]`` outside the ``quoted`` spans (``The inspector
    turned to the butler.`` -> ``The inspector``, ``the butler``), for ``scene-participant``.

    >>> t = 'The inspector turned to the old butler. "Where were you?"'
    >>> [t[s:e] for s, e in narration_descriptions(t, 0, 39, [], Lexicon.default())]
    ['The inspector', 'the old butler']
    """
    def person(word: str) -> bool:  # (not a body part: "With which the head disappeared")
        return lex.source_nouns.get(word) == "person" and word not in lex.words["body-part"]

    out = []
    for m in _THE_PERSON.finditer(text, start, end):
        if _quoted_at(quoted, m.start()):
            continue
        if m.group(2) and person(m.group(2)):
            out.append((m.start(), m.end()))
        elif person(m.group(1)):
            out.append((m.start(), m.end(1)))
    return out


# described-in-scene: "the", then one or two lower-case words. Regex audit: possessive runs, a one-character
# look-behind: linear.
_THE_PERSON = regex.compile(r"(?<![\w'’])[Tt]he ([[:lower:]]++)(?: ([[:lower:]]++))?+")


# Up to three capitalised words, titles with their period. Regex audit: a bounded repeat of possessive runs,
# a one-character look-behind: linear.
_NAME_RUN = regex.compile(r"(?<![\w'’.])[[:upper:]][[:lower:]]++(?:\.?+ [[:upper:]][[:lower:]]++){0,2}+")


def passive_agents(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``passive-agent``: spans of the capitalised names that a passive verb's ``by`` introduces in
    ``text[start:end]`` outside the ``quoted`` spans (``He was awakened by Winnie.`` makes Winnie a later "she"'s
    antecedent, as a subject would be; also after adverbs, ``she was soon joined by Mrs. Jennings``: stop 50, PDNC
    dev +1, passages of 1,000 +1); the caller keeps those of the cast.

    >>> t = 'He was awakened by Winnie. "Mother is asleep," she said.'
    >>> [t[s:e] for s, e in passive_agents(t, 0, 26, [])]
    ['Winnie']
    """
    out = []
    for m in _PASSIVE_BY.finditer(text, start, end):
        if _quoted_at(quoted, m.start()):
            continue
        name = _NAME_RUN.match(text, m.end(), end)
        if name is not None:
            out.append((name.start(), name.end()))
    return out


# A person (a personal pronoun or a capitalised word; not "her shawl was seized by Mr. Crawford"), "was" or
# "were", at most two adverbs ("-ly", or of time: "she was soon joined by Mrs. Jennings"), a past participle (not
# an -ing form: "was standing by Mary" is a place), perhaps a
# time ("one morning"), and "by" before a capital, perhaps after a possessive and a noun ("by her cousin Edmund").
# Regex audit: alternations of literal words, bounded possessive repeats, an adverb's letters bounded (20, the
# only backtracking, to find its "ly"; a possessive run would swallow the "ly" and never match): linear.
_PASSIVE_BY = regex.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?<![\w'’.])[[:upper:]][[:lower:]]++)\s(?:was|were)"
    r"(?:\s[[:lower:]]{1,20}ly\b|\sall|\sboth|\ssoon|\sthen|\snow|\salso|\sagain|\spresently|\safterwards){0,2}+"
    r"\s[[:lower:]]{2,20}+(?<!ing)(?:\s(?:one|that|this|next|every|each)\s[[:lower:]]{2,20}+)?+\sby\s"
    r"(?:(?:his|her|their|my|our)\s[[:lower:]]{2,20}+\s)?+(?=[[:upper:]])"
)
