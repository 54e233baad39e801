"""Stage 8: coreference of speakers. Gives every speaker mention the canonical name of its entity.

Rules:
- ``name-core``: a mention's name is its last run of capitalised words, without determiners, titles,
  possessive modifiers and ``-based`` style modifiers (a hyphenated word whose last part is lower case; ``Coca-Cola``,
  ``Jean-Pierre`` are names) (``Russia's United Nations ambassador Vitaly Churkin`` ->
  ``Vitaly Churkin``; ``The Britain-based Syrian Observatory for Human Rights`` -> ``Syrian Observatory for
  Human Rights``). A role without a name keeps its description (``U.S. ambassador to the United Nations``, ``the
  Ambassador to Russia``). ``name-particle``: a capitalised particle opening a name stays (``De Zerbi``, ``Al
  Gore``), and particles may follow one another inside one (``Ursula von der Leyen``, ``Mr. van der Luyden``).
- ``person-of-place``: a name opening with a given name ends before ``of`` (``Sen. Tom Udall of New Mexico`` ->
  ``Tom Udall``, ``Jane Doe of Kidder Peabody`` -> ``Jane Doe``; ``Bank of England`` stays), also when an
  institution follows (``Jane Doe of the Brookings Institution``, ``Dr. Madhav Thambisetty of the National Institute
  on Aging``; not ``Secretary of State John Kerry``: ``_person_before_of``). ``person-of-org-noun``: two to four
  capitalised words, no title or organisation word among them, then ``of`` or ``from`` and a phrase ending in an
  organisation word name the person (``Jens Niklasch of LBBW bank``, ``Meenakshi Ganguly of Human Rights Watch``;
  stop 51: PolNeAR unchanged but for that name in train).
- ``role-before-name`` of local news and of a place: occupations are roles (``data/source_nouns.tsv``: ``Vet Dr
  Aisha Khan`` -> ``Aisha Khan``, a title after the role coming off before two names; ``Herpetologist James Wood``
  -> ``James Wood``: an agent noun in ``-ist`` before a given name), also before ``of`` and a place (``Senate Minority
  Whip John Thune of South Dakota`` -> ``John Thune``; not across ``and``); the walk back over a name stops at a
  plural possessive (``Fox News' Megyn Kelly`` -> ``Megyn Kelly``).
- ``closing-phrase``: a phrase after a described or given name is no part of it (``the Invisible Man in Kemp's
  ear`` -> ``Invisible Man``, ``Philip in Italian`` -> ``Philip``; ``Officials in Minnesota`` stays).
- ``described-by-participle``: a document or organisation noun before a participle and its phrase is described by
  them, not named by a name in them (``a study published Monday in JAMA Network Open``), also after a noun that
  modifies it (``noun-compound``: ``government figures published on Thursday``, ``a CBS poll released Monday``, not
  ``Thursday``, ``Monday``); so are people before a participle and ``by`` (stop 54: ``Economists polled by Reuters``
  are no form of Reuters), unless a given name follows (``reporters led by MSNBC's Chris Matthews`` still gives his
  name its full form).
- ``headline-case``: a capitalised article, preposition, auxiliary or subject pronoun (``data/word_classes.tsv``
  headline-word) ends a name: a title-case headline is no name (``Trump Says He Never Pledged To Kill …`` names
  Trump, whose fuller name is then Donald Trump), nor anybody's fuller name.
- ``company-suffix``: a company's legal suffix (``data/word_classes.tsv``: ``Inc.``, ``Corp.``, ``Ltd``) ends its
  name: a press release's headline is no fuller name (``Acme Corp. Reports Record Results`` -> ``Acme Corp.``).
- ``line-break-ends-name``: in text that is not hard-wrapped (its lines are paragraphs or headlines), a name never
  runs over a line break (``… Carson Had Dropped Out`` / ``Ted Cruz apologized``: ``Ted Cruz``).
- ``heading-no-name``: an upper-case run of more than three words (a chapter title: ``THE TIME ARRIVES FOR NANCY
  TO … ROSE MAYLIE``) is nobody's fuller name.
- ``possessor-description``: a described possessor is named without its mark, as the person it is (``The prime
  minister's message`` -> ``prime minister``, whom a later ``she`` may name; stop 45).
- ``lost-apostrophe``: a lone ``s`` after a capitalised name is a possessive whose mark was lost in conversion
  (``was Catherine s answer`` -> ``Catherine``).
- ``title-of-thing``: a title alone after ``of`` names nobody (``The tower of old Saint`` [Saviour's Church] is no
  person ``Saint`` for a later ``he``; not before a name particle: ``The face of Professor de Worms``). Stop 52: no
  status changed on the eight sets; 18 wrong speakers in PDNC dev are no longer named ``Saint`` or ``Mr.``.
- ``fullest-form``: a name that is the first or last words of a longer name in the document takes the longer
  one (``Churkin`` -> ``Vitaly Churkin``, ``Syrian Observatory`` -> ``Syrian Observatory for Human Rights``); of
  two as long, the one mentioned more (``John`` -> ``John Andrew``, not the ``John Beaver`` named first);
  ``org-head``: an organisation word alone takes the one name of the document it heads before a phrase of ``for``,
  ``of`` … (``The Observatory`` -> ``Syrian Observatory for Human Rights``; stop 45);
  ``described-no-fuller-name``: a phrase that ends in a common noun is no fuller name (``the Clinton campaign`` is
  not Clinton's, ``senior officer`` not the officer's); ``given-name-first``: outside novels, of two as long the one
  opening with a given name (``Perez`` -> ``Thomas Perez``, not a headline's ``Understated Perez``);
  ``common-word-lead`` (stop 55): outside novels, nor one with words before its given name or title of which the
  text writes one in lower case (``9 (More) Offensive Things Donald Trump Has Said …`` gave every ``Trump`` of its
  article that name; name particles apart, ``Osama bin Laden``; never in an organisation's name: ``New York Times``,
  ``State Department`` keep theirs; PolNeAR train 13 names, verdicts unchanged); ``plural-partitive-lead`` (stop
  63): nor one led by a plural and ``of`` (``Shares of Tesla fell`` named every later ``Tesla`` so; no name in the
  eight dumps changed);
  ``fronted-org``: outside novels, a person's fuller form whose words before the name hold an organisation or
  function word ranks below any other (``the editorial board of the Washington Post Trump said``, with no comma,
  renames no later ``Trump``; ``angry army of HP`` is no fuller ``HP``; stop 51: PolNeAR dev 9 speaker names
  better; train 8 better, 3 worse: ``the party of Prescott Bush`` named ``Jeb Bush``, 5 shorter: ``McDonough``, not
  ``White House Chief of Staff Denis McDonough``).
- ``given-name-run``: outside novels, a fuller form may also be a name written anywhere from a given name on
  (``mentions.given_name_runs``: ``When Maria Gonzalez opened her bakery`` names the ``Gonzalez`` who says), when
  no mention wrote one (``Ted Cruz``, not ``Rafael Edward Cruz`` named once in passing), when written at least
  twice as often as any other of another given name (``Clinton`` is neither ``Bill`` nor ``Hillary Clinton`` where
  both are written about as often), of the gender the cast learnt for the short form, and with no headline word,
  organisation word, source noun, verb form or word the text writes in lower case after the given name (``Donald
  Trump Tweets``, ``Virginia Democrats``).
- ``role-before-name``: a role title or a person's role noun (``data/source_nouns.tsv``) inside a capitalised run
  ends what comes before it (``New Jersey Gov. Chris Christie`` -> ``Chris Christie``, ``FBI Director James Comey``
  -> ``James Comey``; ``role-department``: and the department after a title and ``of``, ``Secretary of State John
  Kerry`` -> ``John Kerry``; ``role-of-department``, stop 55: also after words before the role, up to a given name,
  ``Clinton Chief of Staff Cheryl Mills`` -> ``Cheryl Mills``, ``Director of National Intelligence James Clapper`` ->
  ``James Clapper``: PolNeAR train 32 names, and ``Clinton`` of that article is Hillary Clinton again); not an honorific
  (``Mr.``, ``Lady``), nor a title of fewer than three letters (``Reggie St Cloud``, ``Harry M. Reid``) unless written
  in capitals (``Tory MP John Hayes`` -> ``John Hayes``); ``role-first``: also a role opening the run (``Striker Erling
  Haaland`` -> ``Erling Haaland``), unless the rest is an organisation or a document (``Cook Political Report``).
  ``party-member`` (stop 55): so is a party's member noun before a given name or a title (``data/word_classes.tsv``:
  ``Democrat Hillary Clinton``, ``Liberal Democrat Tim Farron``; not ``the Republican National Committee's platform``),
  and ``occupation`` an occupation before a capitalised word (``Actor Clint Howard``, ``Maricopa County Recorder Helen
  Purcell``; a list of its own, so ``the actress said`` stays a description coreference may name). Stop 55, with
  ``correlative-lead``, ``common-word-lead`` and ``role-of-department``: the speaker names of 34 matched quotes of
  PolNeAR dev and 178 of train changed, none for the worse that we saw (``Democrat Hillary Clinton`` was a name 40
  times; a ``he`` after ``Republican presidential candidate Marco Rubio says …`` is Rubio, no longer John Kasich);
  verdicts unchanged.
- ``correlative-lead``: ``Neither``, ``Either`` or ``Both`` opening a mention with no coordination in it is no part of
  the name (``Neither Donald J. Trump nor his opponents showed …`` names Donald J. Trump, and the fullest form of a
  later ``Trump`` no longer carries ``Neither``; ``Both Mr. King and Mr. Schultz`` stays whole; ``Both of …`` too).
- ``typo-name``: in a novel, a person's name word written at most twice that is one letter away from a name word
  mentioned ten times or more (five letters or longer) is a misprint of it (``said Mr. Browlow`` is Mr. Brownlow,
  ``said Charly`` Charley Bates); an added ``s`` only after one person's title (``Mrs. Maylies``; ``the Crawfords``
  are a family).
- ``same-paragraph-source``: in news, a ``he`` or ``she`` nothing else names, in the paragraph of the quote
  before, is that quote's source if its gender is unknown (``The mayor … said …. "…," she said``); ``paragraph-role``:
  so is a source written as ``the`` and a role alone, asking nothing, though the pronoun names a woman named before
  (``The governor declared a state of emergency …. "Please, …," she said`` is the governor's, not the spokeswoman's two
  paragraphs up).
- ``described-again``: a description a name was set beside (``Her daughter, Susan Carter, said``) names that
  person when it speaks again within ``_MEMO_REACH`` attributed quotes (``"…," her daughter said``).
- ``sibling-no-title``: ``sister`` and ``brother`` in lower case are kin words, no titles (``said his sister
  Joan`` is Joan; ``Sister Agnes`` keeps hers).
- ``title-in-organisation``: titles stay in an organisation's name (``the Justice Department``, not
  ``Department``; ``Justice Ruth Bader Ginsburg`` is still Ruth Bader Ginsburg).
- ``known-speaker``: a name listed by the user (``Lexicon.extend(speakers=…)``) takes its listed canonical form.
- ``pronoun-antecedent``: ``he``/``she`` take the most recent person known to have that gender, unless it is
  more than five entities back and a person of unknown gender came since (``gender-first``; a name, not a
  description: ``the senior officer`` is no fallback for ``she``); ``they`` the most
  recent group or organisation (``capitalised-group``: a group's noun alone is one when a sentence opens on it,
  ``Officials said …. They said``), ``it`` the most recent organisation or document. Gender comes from titles
  (``Mr.``), the cast (``quotattr.cast``; a name after a title of either gender first by its titled form,
  ``cast.titled-form-gender``: ``Captain Harville``) and the pronouns resolved to the entity. Unresolved pronouns keep
  their own text. A place of the cast (``cast.place-name``: ``Netherfield``) is no person.
- ``gendered-role``: outside novels, a description whose head noun tells a gender (``data/word_classes.tsv``
  male-noun, female-noun, male-role, female-role, and kin words since stop 37: ``A spokeswoman for the company``,
  ``a 26-year-old Berlin man``, ``Her father``)
  is an antecedent of that gender (``In an email, she said …`` is the spokeswoman's, not the chief executive's
  named before her); not after a no-referent word (``neither man``). The head noun decides: ``One woman`` opening a
  sentence is a description.
- ``self-report``: outside novels, a new source (``a``, ``an``, ``one``, ``another``; or ``the`` before any person
  is named: ``The prime minister has insisted he will not resign.``) that opens its sentence and
  whose report opens on ``he`` or ``she`` has that gender (``A neighbour said she had heard shouting. "…," she
  said`` is the neighbour's); ``pipeline._self_report`` reads the pronoun. A capitalised name with no given name,
  title or gender whose report opens on ``it`` and a modal is an organisation (``Boeing said it would cut jobs.
  It added …``).
- ``latest-source``: outside novels, a ``he`` or ``she`` right after a source named in full whose gender nothing
  tells (no given name, title or two pronouns) is that source, not a person of the pronoun's gender named before
  (``Dr. I-Min Lee, a professor at Harvard, said …. But she cautioned …`` is Lee's; measured on PolNeAR's names:
  most of the 105 changed are right, ``Ban Ki-moon``, ``Chris Coons``, ``Todd Wilcox``; some still wrong, an
  organisation read as a person).
- ``title-holder``: a description by a title (``the senator``, ``the doctor``) names the latest person written with that
  title (``Sen. Elizabeth Warren``, ``Dr. Kemp``; abbreviations read as their whole word, ``data/titles.tsv``), at first
  the one person the whole document writes with that role title (``sole-title-holder``: ``Doctor Losberne``;
  ``title-over-particle``: also over a name's lower-case particle, ``Professor de Worms``, stop 59: PDNC dev 106
  speaker names fuller, ``Professor`` -> ``Professor de Worms``, no verdict moved);
  ``title-ship``: ``her ladyship``, ``his lordship`` (or ``her Ladyship``) name the latest Lady or Lord, and
  ``kin-title``: ``her aunt``, ``his uncle`` the latest person written ``Aunt Juley``, ``Uncle George``; ``bare-title``:
  a title written alone as a name (``said Mademoiselle``) is the document's one person of that title (``Mademoiselle
  Reisz``); ``holder-over-turn``: so is a role the turn order named after a participant (``"Not at all," said the
  doctor`` after Rose's turn is Doctor Losberne, not the speaker two turns back); a quote that borrowed that
  mention keeps the participant.
- ``described-person``: in a novel, a speaker described by a gendered noun (``said the old lady``, ``said her
  mother``; or role, ``said his hostess``, ``said the policeman``: stop 50, PDNC dev +4, passages of 3,000 +6,
  PolNeAR unchanged) is resolved like ``she``/``he``; other descriptions (``the stranger``) keep their text.
  ``described-named-in-quote``: as for ``he``, never one its own quote speaks of (``"You must be Clara," the
  woman said`` is not Clara; stop 57: PDNC dev +1, passages of 3,000/1,000/800 0/+1/+1, news unchanged).
  ``described-written-character``: with no antecedent of its gender in reach, it is the latest character written
  before it whose given name has that gender, as for ``he`` (``written-character``: ``… and her grandson Theo sat
  at the table.`` / ``"Fractions," said the boy`` is Theo's; stop 48).
- ``called-next``: in a novel, a described speaker left with no name is the person the next turn, answering it, calls
  by name (``"Mother! …" whispered the young man.`` / ``"Harry, I did," replied Mrs. Maylie`` is Harry's; not a kin
  word called, ``Mama``; stop 53: PDNC dev +1, passages of 3,000 +3, 1,000 +7, 800 +8, none lost); so is an unnamed
  one that no ``It was …`` names (``"Who's there?" cried a voice.`` / ``"Open the door, Toby," said Sikes``: Toby;
  PDNC dev +1, passages of 1,000 +1).
- ``character-written-after``: in a novel, a ``he`` or ``she`` left with no name by every rule before it is the first
  character of its gender (by given name) the narration writes after it, not inside a quotation (``"Why did he
  leave?" he asked`` with no man named before, then ``she was influencing Henry now``: Henry; stop 53: passages of
  800 characters +33, of 1,000 +23, none lost; whole novels and news unchanged); so is a described speaker no rule
  named, not a possessed kin word (``"Out," said the girl.`` … ``Nancy tied her bonnet``: Nancy; passages of 3,000
  +7, 1,000 +12, 800 +11, none lost; with ``her mother`` too it named the daughter written next).
- ``narrator-name``: in a novel, a first-person narrator's ``I`` takes the name the other speakers call them by
  (the vocative most often in the quotes around the narrator's own, when it clearly leads; one call is enough in
  a passage); else ``I`` stays.
- ``described-antecedent``: in a novel, a ``he`` or ``she`` left with no name (no person of its gender, no main
  character) is the latest described person of no known gender (``Suddenly the stranger … said, "Stop!"`` / ``"You
  don't understand," he said`` is the stranger's); not one the quotation calls. PDNC passages: 7 more right.
  Stop 63, ``described-other-gender``: never a description whose head is of the other gender (``"I did," said the
  young man.`` / ``"Then you are a fool," she said`` is the old woman's; no verdict changed in PDNC or news).
- ``self-named``: in a novel, a ``he`` or ``she`` speaker whose quotation opens by naming its speaker (``"I am Miss
  Morstan, and these two gentlemen are my friends," said she``; ``I'm``, ``My name is``: ``pipeline._self_named``) is
  that person, when the gender fits (``sentence-after-name``: the name ends at a sentence's period, ``"My name is
  Eleanor Pryce. My brother is missing."``; stop 50, hand-written). Stop 57: also a described speaker (``"You must
  be Clara," the woman said. "I'm Ingrid."``), and a fragment after the first may open the naming (``"Good
  morning," she said. "How do you do? I am Rosa."``): PDNC dev +2, passages of 3,000/1,000/800 +6-1/+3/+4.
- ``not-the-addressee``: a pronoun speaker is never the person their quote calls (``"Come, Ann," she said``; a
  call with another title names someone else: ``"Mrs. Bennet, …," he said`` may be Mr. Bennet's);
  ``named-in-own-quote``: in a novel, nor a person it speaks of by a full or given name (``"Mr. Sherlock Holmes is
  out, I understand," said he`` is the visitor's; not a surname alone, a family's, nor after ``I am``);
  ``named-in-attribution``: in a novel, nor a name its attribution goes on to (``"…?" he continued, edging closer
  to Denham``); ``named-in-report``: in any text, nor a name in the clause its cue reports (binding: ``he said Trump
  was …`` is not Trump). The names are found by ``pipeline`` and passed in as ``mentioned``.
- ``speaking-part``: ``said her lips``, ``his voice went on`` (``data/word_classes.tsv`` ``speaking-part``) is spoken
  by whom ``she`` or ``he`` would name; so is a speech noun (``speech-noun``: ``his words appeared to contradict``).
  ``named-part``: a name's possessive before it names the name (``May's eager voice broke out:`` is May's; also
  where a wrapped line breaks after ``May's``).
- ``family-name``: in a novel, ``his wife``, ``her mother`` (kin of ``data/word_classes.tsv`` ``family-kin``) is
  the person of that gender the novel writes with a title and the surname of the one ``his``/``her`` names
  (``said his wife`` after Mr. Bennet is Mrs. Bennet); ``kin-by-addressee``: first the one the quotation calls,
  when of that gender (``"Come with me, Newland," his mother said`` is Mrs. Archer); ``kin-married-title``: where no
  surname ties them, the latest person written with a married title of that gender (``Mrs.``, ``Lady``; ``Mr.``,
  ``Sir``: ``replied her mother`` after Elinor's turn is Mrs. Dashwood). Stop 63, ``answered-owner``: the one
  ``his``/``her`` names is the speaker of the quote in the paragraph before, whose turn the relative answers, when
  of that gender (``"…?" Emily asked.`` … ``Her mother sighed. "Very well."`` is Emily's mother, Mrs. Hart, not the
  mother of the latest woman named).
- ``kin-antecedent``: in a novel, a sentence subject ``her father``, ``his wife`` (``family-kin``) is named as a
  speaker would be (``family-name``, else ``kin-married-title``) and becomes the latest person of its gender (``Her
  father was walking about the room. "Lizzy," said he`` is Mr. Bennet's); ``narrator-kin``: the narrator's relative
  (``My aunt``, ``our father``; ``data/word_classes.tsv`` female-kin, male-kin) becomes the latest person of its
  gender under that description (``My aunt was smaller than I remembered. … "You came," she said`` is ``my aunt``);
  ``new-person``: so is a gendered role introduced by ``a`` or ``an`` (``A waitress with a pencil behind her ear
  looks up. "Sit anywhere, hon," she calls`` is the waitress; not ``a woman``, ``a man``, which in novels often
  describe a named character: measured on PDNC dev, 1 right and 21 wrong).
- ``not-the-possessor``: a described speaker after ``his``/``her`` (``said her mother``) is not the person that
  possessive names, but the one before them of the description's gender; nor, with none in reach, the character
  ``described-written-character`` finds (``'…,' said Lucy. / '…,' her mother replied`` stays ``her mother``; stop 49).
- ``genteel-description``: in a novel, ``the gentleman``, ``the old lady`` (``data/word_classes.tsv``
  genteel-noun) is first sought among the persons the novel writes with a title (``"…," asked the old gentleman``
  is Mr. Brownlow, not the boy Oliver named since); not a ``young`` one (``that young gentleman``, the Artful
  Dodger).
- ``described-memo``: a description names again the person it named within the last eight attributed quotes
  while that person is in reach (``said the old lady`` stays Mrs. Maylie after Miss Fleming comes in);
  ``described-newcomer``: so does a description that named nobody, no one of its gender being in reach (``"…," the
  chairman announced`` opening a scene, then Pell named: ``"Irregularities," the chairman said`` is no Pell; stop 49).
- ``described-gender``: a description the turn order named after a participant (``cried her brother``) keeps its
  gender: a participant of the other gender gives way to the person ``he`` or ``she`` would be, or, when no one
  of that gender is in reach, to the description itself (``said the girl`` is ``girl``, never the man the turn
  order gave). ``group-kin``: in any text, a kin word after ``their``, ``our`` or ``my`` keeps its gender against
  the turn order and stays itself (``"In the tin," said their grandmother`` is no Sami; stop 61, hand-written: no
  change on PDNC or news).
- ``it-was-identified``: in a novel, an unnamed speaker (``called a voice``, ``somebody said``) is the person a
  sentence ``It was …`` names soon after (``"Where are you?" called a voice. It was Miss Abbott, …``).
- ``former-latter``: ``the former`` and ``the latter`` name the second-latest and the latest person (``…, which
  Elizabeth considered …, and Miss Bennet could not …; the former continued`` is Elizabeth).
- ``creature-it``: in a novel, a speaking ``it`` with no organisation before it is the latest character of no
  known gender (``The Gryphon lifted up both its paws. "What! Never heard of uglifying!" it exclaimed.``).
- ``possessive-speaker``: a possessive pronoun speaker (``"…," was his answer``: ``relations.remark-owner``) is
  resolved as its subject pronoun.
- ``speaker-salience``: a ``he`` or ``she`` resolved as a quote's speaker is that person's latest mention for the
  pronouns after it (``"Quite," she said`` answering Lucy's ``"Maud, …"`` keeps Maud in focus for the next ``she``).
- ``one-mention-one-name``: a speaker the turn order named by another quote's attribution (``"Well?"`` given the
  ``she`` of a later ``"…," she said``) takes the name that mention gets for its own quote
  (``own-mention-first``: not the name of a description the turn order named after that mention, ``said the
  girl`` after Piet's turn, which its gender renames; a mention no quote owns, a narration subject, is named as
  itself). ``speaker-before-antecedent``: such a narration subject is named as the speaker before it is read as
  an antecedent (``Her mother sighed.`` / ``"You might as well tell her, George."`` is Mrs. Ashcroft's, not Clara's;
  stop 52: PDNC dev +2/-1, passages and news unchanged).
- ``written-character``: a ``he`` or ``she`` no subject names is the latest character written before it, object or
  not, whose given name has its gender (``I found Jake on the porch.`` / ``"Don't tell her," he said.``); outside
  novels too, after ``written-person`` (stop 45: ``… a resident named Caroline.`` / ``"…," she said`` is Caroline's;
  PDNC passages of 800, 1,000 and 1,500 characters +124, +90, +67 speakers right, of 3,000 +3; news verdicts
  unchanged).
- ``main-character``: in a novel, a ``he`` or ``she`` with no antecedent in reach is the character of that gender
  the document names most often (by the genders known so far, or the cast's: in a passage that names its hero only
  later, ``"It is late," he said`` at its start is the hero's; stop 45: also in a passage of no figures outside
  novels, ``figureless``: PDNC passages of 800, 1,000 and 1,500 characters +202, +171, +124 speakers right, of
  3,000 -1; in news it named Deja Stewart's ``she`` after a Canova, and is not used there); ``called-character``:
  with none named, the one of that gender the quotes call most (``I had not seen Charlotte …`` / ``"Nick," she
  said`` / ``"Hello, Charlotte."``); with no one of that gender, the most-named character whose gender nothing
  tells (a passage naming Holmes, no pronoun after him).
- ``new-turn``: a described speaker of a quote opening the paragraph after another turn's is not that turn's
  speaker (``"I pity you!" said Rose.`` / ``"Bless you!" rejoined the girl.``); ``guessed-new-turn``: in a novel,
  nor is a speaker the turn order gave by another quote's mention, which takes the mention and name of the turn
  before that (``guessed_new_turns``, applied by the pipeline: ``"What think you of books?" said he`` /
  ``"Books--Oh! no."``: the turn order gave Darcy, who had just spoken; it is Elizabeth's).
- ``answer-to-vocative``: a pronoun speaker is the person the previous quote called, when recent and of the
  pronoun's gender (``"Ann, are you ready?" … "Quite," she said``); in the turn right after the call also when
  the person was last named long before (a name of the document, of the pronoun's gender); ``role-vocative``: a
  vocative that is a title alone calls the title's holder (``"…, Colonel." / "…," said he`` is Colonel Brandon);
  ``same-paragraph-goes-on``: not for a quote in the caller's paragraph, whose speaker goes on (``"Who is ill,
  Katharine?" she demanded. "Which of …," she concluded.`` is the caller's); ``narration-between``: nor when
  narration names another person of the pronoun's gender after the calling quote (``"I like her, Rowe." / When
  the butler had gone, Sir Edmund leaned forward. "…," he said`` is Sir Edmund's).
- ``goes-on``: in a novel, a ``he`` or ``she`` whose verb goes on (``data/word_classes.tsv`` continuing-verb:
  ``added``, ``continued``, ``went on``) right after a direct quote of the same paragraph that a verb of speech
  attributes is that quote's speaker, when the gender fits or is unknown (``"Ha!" cried Mary. … Fanny did not look
  up. After a long look at the chairs, she added, "…"`` is Mary's, not the latest woman's; ``pipeline._goes_on``
  marks the quotes; stop 59: PDNC dev +7, passages of 3,000/1,000/800 +4/+2/+2, none lost, news unchanged).
- ``common-lead``: leading ordinary words before a cast name are dropped (``Luckily Sir Thomas`` -> ``Sir Thomas``).
- ``usual-name``: in a novel, a shorter form mentioned more than ten times as often as the fuller one stays as it
  is (a reader says ``Elizabeth``, not ``Elizabeth Bennet``); otherwise the fuller form is the canonical name
  (``Dorian Gray``, ``Tom Bertram``; ``Charles`` is ``Charles Musgrove`` where ``Charles Hayter`` is another).
- ``titled-name``: a name written with a gendered title (``Mr. Bennet``) keeps it, and does not take a fuller
  form whose first name is of the other gender; in a novel it never takes a fuller form (a family shares a
  surname: ``Mrs. Bennet`` is not ``Elizabeth Bennet``). ``couple-titles``: where a surname is written with titles of
  both genders, a titled name with no fuller form keeps its title in any text (``Mrs. Smith`` and ``Mr. Smith`` are
  two people, neither plain ``Smith``; stop 44).
- ``coordination``: ``Jane and Elizabeth`` is a group (a ``they``), and nobody's fuller name.
- ``family``: ``the Wilcoxes`` (``the`` and a plural name) is a group, never ``he`` or ``she``.
- ``heading-case``: a name written all in capitals (a chapter heading: ``OLIVER AND HIS FRIENDS``) is no
  antecedent, nor in a novel an entity at all, and never the written form of a name (``Mrs. Wilcox``, not the
  heading's ``MRS. WILCOX``).
- ``role-phrase``: a phrase of role titles alone keeps them all (``The Prime Minister`` is ``Prime Minister``, not
  ``Minister``).
- ``title-as-name``: a gendered title written alone as a name (``The Queen had only one way …``) is an antecedent
  of that gender, though no name of the cast; so is a title of either gender the cast learnt a gender for
  (``cast.role-name``: ``The Professor looked at the door.`` before ``"Yes," he said``), also where the word
  is written in lower case too (no ``common-word``). ``ungendered-role``: a role-name the pronouns have not yet
  given a gender is an antecedent of no known gender (``The Professor set down his glass.`` / ``"…," he said``;
  stop 51: PDNC dev passages of 800 characters 11 speakers more right, 3 fewer; of 1,000, 9 and 1; of 3,000, 9 and
  none; PDNC dev and PolNeAR unchanged).
- ``common-word``: a capitalised sentence opener that the document also writes in lower case (``However``) is
  no entity; with a cast, an antecedent must hold a cast name; ``uncast-speaker``: in a novel, so must a speaker's
  name, or a given name or a title (``Farther down, …, a lady … was walking, telling her beads`` makes no person
  ``Farther`` whom a later ``she`` may name).
- Stop 64: ``own-address-not-written`` (a ``he`` or ``she`` is never the person its own quote calls: ``"…, Kate,"
  she said`` is not Kate, the woman written next); ``org-role-lead`` (a name of two or more words, no given name,
  after an organisation's source noun is an organisation, an ``it``: ``The trade group Energy Partners``);
  ``quoted-word-lead`` (a name core keeps the mark opening a quotation it holds: ``"Medicare for all" document``).
- Stop 65: ``web-name`` (a one-word name ending in a lower-case web domain is an organisation, an ``it``:
  ``according to Factcheck.org. He defended …`` is no longer the site's); ``voice-called-next`` (in a novel, ``a
  voice`` or ``the voice`` is first the person the answering turn calls by name: ``"Here!" cried the voice. / "Is it
  you, Giles?" cried Oliver`` is Giles's).
- Stop 67: ``capitals-opener`` (a one-word name in capitals that the cast knows with a gender is the character, no
  acronym: a chapter opening ``MARILLA came briskly forward`` makes the next ``she`` Marilla; seen in PDNC dev, where
  a drop-cap mark before it keeps the corpus's own count unchanged).
- Stop 68: ``pronoun-owner-name`` (a description opening with a determiner or quantifier and a source's adjective
  keeps its first word: ``Those close to him`` and ``Some familiar with the plan`` were named ``close to him``).
Names are slices of the input text, never invented strings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Container, Sequence
from typing import TypeVar

import regex

from quotattr.cast import Cast
from quotattr.lexicon import Lexicon
from quotattr.marks import MARK_CHARS
from quotattr.segment import NEXT_WORD

_T = TypeVar("_T")
_WORD = regex.compile(r"\w++(?:[-'’.&]\w++)*+\.?")
_JOINERS = frozenset(["of", "the", "for", "in", "on", "and"])  # name-inner words that are no particle of a name
_DESCRIBING = frozenset(["of", "to", "for", "at", "with"])  # connectors after a described person's noun
_SOME = frozenset(["many", "some", "several"])  # quantifiers that lead a description ("Many of the local leaders")
_DETS = frozenset(["the", "a", "an", "another", "this", "that", "these", "those"])
_CORRELATIVES = frozenset(["neither", "either", "both"])  # correlative-lead: "Neither Donald J. Trump nor …"
_COORDINATORS = frozenset(["and", "or", "nor", "&"])
_DESCRIPTION_LEADS = _DETS | {"his", "her", "their", "my", "our", "your", "its"}  # a capitalised description's lead
_ARTICLES = frozenset(["the", "a", "an"])
_SIBLINGS = frozenset(["sister", "brother"])  # in lower case a kin word, no title: "his sister Joan", "Sister Agnes"
# self-report: the words that open a description of someone new ("A neighbour", "One woman"); a definite one ("the
# retired neurosurgeon") is most often someone named before
_NEW_ONE = frozenset([("a",), ("an",), ("one",), ("another",)])
_MAX_VARIANTS = 50
_ROLE_LETTERS = 3  # letters of a role title inside a name at least ("Gov.", "Sen.", "Speaker"; not "St", "M.")
_ROLE_PLACE_WORDS = 1  # capitalised words after "Ambassador to" naming a place ("Secretary of State Kerry": a holder)
_RECENT = 20  # entities remembered for pronoun resolution
# asked-after: the word right before a name, read in a bounded window ending at the name. Regex audit: a possessive
# run then spaces anchored at the window's end, in at most _WORD_BEFORE_REACH characters: bounded.
_WORD_BEFORE = regex.compile(r"([\w'’]++)[ \t]++$")
_WORD_BEFORE_REACH = 24
_CAPITALISED = regex.compile(r"(?<![\w'’])[[:upper:]][[:lower:]]++(?![\w'’])")  # written-character: words to test
_WRITTEN_REACH = 3  # written-person: names written from a given name looked back over
_WRITTEN_CHARACTERS = 600  # and how far back the latest may stand
_TITLE_REACH = 3000  # written-title-holder: characters read back for a title written with a name
# written-title-holder: a capitalised title (perhaps abbreviated), perhaps "of", and a capitalised name (anchored at
# each occurrence of a title's form; possessive runs: linear)
_TITLED_AT = regex.compile(r"[[:upper:]][[:lower:]]++\.?+ (?:of )?+[[:upper:]][[:lower:]]++")


def _title_forms(role: str, lex: Lexicon) -> tuple[str, ...]:
    """The capitalised forms a title ``role`` is written in (``Doctor``, ``Dr``; ``Duchess``), for
    ``written-title-holder``."""
    return tuple(dict.fromkeys(w.title() for w in (role, *(k for k, v in lex.title_words.items() if v == role))
                               if " " not in w))


@functools.lru_cache(maxsize=8)
def _particles(name_inner: frozenset[str]) -> frozenset[str]:
    """A name's lower-case particles: word class name-inner but its joiners (``van``, ``der``, ``de``; not ``of``)."""
    return name_inner - _JOINERS


@functools.lru_cache(maxsize=8)
def _titled_name(particles: frozenset[str]) -> regex.Pattern[str]:
    """A capitalised word (a title, perhaps abbreviated) and a capitalised name of one or two words after it, perhaps
    after up to two of ``particles`` (``Doctor Losberne``, ``Sen. Cruz``, ``Mayor Denise Holt``; title-over-particle:
    ``Professor de Worms``); compiled once per particle set. Regex audit: a bounded look-behind of one character,
    possessive runs, at most two particles and one optional word: one linear pass."""
    words = "|".join(regex.escape(p) for p in sorted(particles, key=lambda p: (-len(p), p)))
    return regex.compile(
        r"(?<![\w.])([[:upper:]][[:lower:]]{1,11}+)\.?+ "
        rf"((?:(?:{words}) ){{0,2}}+[[:upper:]][[:lower:]]++(?: [[:upper:]][[:lower:]]++)?+)(?![\w'’])")
# named-part: a capitalised name's possessive opening a speaking part ("May's eager voice", "Harriet's voice")
_NAMED_OWNER = regex.compile(r"((?:[[:upper:]][\w.]*+ ){0,2}+[[:upper:]]\w*+)['’]s\s")  # (a wrapped line too)
_POSSESSOR_PRONOUN = {"his": "he", "her": "she"}  # the pronoun naming the possessor of "his wife", "her mother"
_NARRATOR_POSSESSIVE = frozenset({"my", "our"})  # the narrator's kin: "My aunt was smaller than I remembered."
_KIN_POSSESSIVE = _NARRATOR_POSSESSIVE | {"their"}  # and a couple's: "Their son came in from the porch."
_POSSESSOR_KEYS = frozenset((word,) for word in _POSSESSOR_PRONOUN)  # a key opening with one: ("her",)
_FORMER_LATTER = {("the", "former"): 1, ("the", "latter"): 0}  # which of the last two people each names
_UNNAMED = frozenset({"a", "an", "somebody", "someone"})  # an unnamed speaker: "called a voice", "somebody said"
# "It was" and a name (perhaps titled) opening a sentence. Regex audit: a bounded repeat of possessive letter runs,
# a one-character look-behind, searched in a window of _IDENTIFY_REACH characters: linear.
_AGE_EPITHET = regex.compile(r"\d{1,3}+-year-old")  # epithet: "the 41-year-old told reporters"
_IT_WAS = regex.compile(r"(?<![\w'’])It was ((?:[[:upper:]][[:lower:]]++\.? ){0,2}+[[:upper:]][[:lower:]]++)")
_IDENTIFY_REACH = 400  # characters after an unnamed speaker read for the sentence that names it
_MEMO_REACH = 8  # attributed quotes within which a description keeps the person it named (described-memo)
# usual-name: a short form mentioned more than this many times as often as its fuller form stays as it is
# (PDNC dev, all speakers: 0.747 at 1, 0.759 at 5, 0.760 at 10, 0.761 at 20, 0.752 when always the fuller form)
_USUAL_SHARE = 10
_GENDER_REACH = 5  # how far back a gender match beats a nearer person of unknown gender


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def name_span(
    text: str, start: int, end: int, lex: Lexicon, *, line_breaks: bool = False
) -> tuple[int, int, str]:
    """(start, end, kind) of the canonical-name core inside a mention; kind: person, org, group, description.
    With ``line_breaks`` (text whose lines are paragraphs, not wrapped), ``line-break-ends-name``: a name never runs
    over a line break (``Ted Cruz Apologizes To Ben Carson For … Dropped Out`` / ``Ted Cruz apologized …``: ``Ted
    Cruz``). ``title-of-thing``: a title alone after ``of`` names nobody (``The tower of old Saint`` [Saviour's
    Church] is a thing, no person ``Saint``)."""
    cs, ce, kind = _name_core(text, start, end, lex, line_breaks)
    if kind == "person" and start < cs and " of " in text[start:cs] and (
        text[cs:ce].lower().rstrip(".") in lex.titles and " " not in text[cs:ce]
    ):
        after = _WORD.match(text, ce + 1) if text[ce : ce + 1] == " " else None
        if after is None or after.group() not in lex.words["name-inner"]:  # ("The face of Professor de Worms")
            return cs, ce, "description"
    if start < cs and text[cs - 1] in MARK_CHARS and any(ch in MARK_CHARS for ch in text[cs:ce]):
        cs -= 1  # quoted-word-lead: the core keeps the mark that opens a quotation it holds ('"Medicare for all"
        # document he released', not 'Medicare for all" document he released')
    return cs, ce, kind


def _department_holder(words: Sequence[tuple[int, int, str]], lows: Sequence[str], start: int, lex: Lexicon) -> int:
    """``role-of-department``: where the name begins after a role, ``of`` and a department in capitals (``Clinton
    Chief of Staff Cheryl Mills``, ``Director of National Intelligence James Clapper``): at the first given name, all
    capitalised from there; else -1.

    >>> t = "Director of National Intelligence James Clapper"
    >>> ws = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(t)]
    >>> _department_holder(ws, [w[2].lower() for w in ws], 0, Lexicon.default())
    4
    """
    for t in range(start, len(words) - 3):
        if lows[t + 1] != "of" or not (lex.titles.get(lows[t]) == "-" or lex.source_nouns.get(lows[t]) == "person"):
            continue
        given = next((k for k in range(t + 2, len(words) - 1) if lows[k] in lex.given_names), -1)
        if given > 0 and all(_is_cap(words[k][2]) or lows[k] in _JOINERS for k in range(t + 2, given)) and all(
            _is_cap(w[2]) for w in words[given:]
        ):
            return given
    return -1


def _name_core(text: str, start: int, end: int, lex: Lexicon, line_breaks: bool) -> tuple[int, int, str]:
    """``name_span`` before ``title-of-thing``."""
    if line_breaks:
        start = max(start, text.rfind("\n", start, end) + 1)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    if not words or text[end - 1 : end] == "%":
        return start, end, "description"  # (percent-sign: "26%" keeps its sign)
    for w in range(1, len(words)):
        if words[w][2] == "s" and _is_cap(words[w - 1][2]) and text[words[w - 1][1] : words[w][0]] == " ":
            words = words[:w]  # lost-apostrophe: "was Catherine s answer", "Margaret s prompt reply": the possessor
            break
    lows = [w[2].lower().rstrip(".") for w in words]
    if len(words) > 2 and (lows[0] in _DETS or lows[0] in lex.words["pronoun-quantifier"]) and (
        lows[1] in lex.words["source-adjective"]
    ):  # pronoun-owner-name: "Those close to him", "Some familiar with the plan" keep their first word
        return words[0][0], words[-1][1], "description"
    if len(words) > 1 and lows[0] in _CORRELATIVES and lows[1] != "of" and not _COORDINATORS.intersection(lows):
        # correlative-lead: the first of two correlated subjects is named without the correlative ("Neither Donald J.
        # Trump nor his opponents showed …" is Donald J. Trump; "Both Mr. King and Mr. Schultz" stays together)
        words, lows = words[1:], lows[1:]
    first_cap = next((i for i, w in enumerate(words) if _is_cap(w[2])), len(words))
    cap = first_cap
    while cap < len(words) and _is_cap(words[cap][2]):
        cap += 1
    if cap < len(words) and lows[cap] in ("in", "at", "with") and lows[cap - 1] not in lex.titles and (
        (first_cap > 0 and lows[first_cap - 1] in _DETS)
        or (cap - first_cap == 1 and lows[first_cap] in lex.given_names)
    ):  # closing-phrase: "the Invisible Man in Kemp's ear" -> the Invisible Man; "Philip in Italian" -> Philip
        words, lows = words[:cap], lows[:cap]
    # a role head followed by a connector ("ambassador to the United Nations") stays a description
    lead = 1 if lows[0] in _DETS else 0
    while lead < min(len(words) - 3, 3) and words[lead][2].islower() and lows[lead] not in lex.source_nouns:
        lead += 1  # (a modifier before the noun: "a new study published in the journal Nature")
    compound = lead  # (a noun modifying the noun: "government figures published on Thursday")
    if lead + 3 < len(words) and words[lead + 1][2].islower() and lex.source_nouns.get(lows[lead + 1]) == "document":
        lead += 1
    if len(words) > lead + 2 and not _is_cap(words[lead][2]) and lex.source_nouns.get(lows[lead]) in (
        "document", "org"
    ) and lows[lead + 1].endswith("ed") and lows[lead + 1] not in lex.given_names and (
        lows[lead + 2] in ("by", "in", "on", "at", "last", "this", "earlier") or _calendar_word(words[lead + 2][2], lex)
    ):  # (a participle and its phrase: not a verb and its object, "the party nominated Sen. Barry Goldwater")
        # described-by-participle: "a study published Monday in JAMA Network Open" is the study
        return words[compound][0], words[-1][1], _noun_kind(lows[lead], lex)
    if len(words) > lead + 3 and (lead == 0 or not _is_cap(words[lead][2])) and lex.source_nouns.get(lows[lead]) in (
        "person", "group"
    ) and lows[lead + 1].endswith("ed") and lows[lead + 2] == "by" and not any(
        lex.is_given_name(w[:-2] if w.endswith(("'s", "’s")) else w) for w in lows[lead + 3 :]
    ):  # (people so described: "Economists polled by Reuters" are the economists, no form of Reuters; but a group
        # "led by MSNBC's Chris Matthews" still gives his name its full form)
        return words[compound][0], words[-1][1], _noun_kind(lows[lead], lex)
    lead = compound
    for i in range(1, len(words) - 1):
        if lows[i] not in _DESCRIBING:
            continue
        noun = _noun_before(lows, i, lex)
        if lows[noun] not in lex.source_nouns or (lows[i] == "with" and noun == i - 1):
            continue
        capitalised_role = _is_cap(words[noun][2]) and lows[noun] in lex.titles and (
            sum(1 for w in words[i + 1 :] if _is_cap(w[2])) <= _ROLE_PLACE_WORDS
        )  # "the Ambassador to Russia" is a role; "Secretary of State John Kerry" names its holder
        opening = noun == 0 and lows[noun] not in lex.titles and (  # ("Aides to Clinton" opening a sentence; not
            _department_holder(words, lows, 0, lex) < 0)  # "Director of National Intelligence James Clapper")
        if not _is_cap(words[noun][2]) or capitalised_role or opening:
            first = 1 if lows[0] in _DETS else 0
            return words[first][0], words[-1][1], _noun_kind(lows[noun], lex)
    if lows[0] in _DETS:
        place = next((i for i in range(2, len(words) - 1) if lows[i] in lex.words["described-place"]), 0)
        head = lows[place - 1] if place else ""
        if place and not any(_is_cap(w[2]) for w in words[1:place]) and (
            lex.source_nouns.get(head) == "person" or _head_gender((head,), lex) != "-"
        ) and lows[place + 1] not in lex.given_names:
            # described-from-place: "the lady from Geneva", "the senator from Vermont" are no Geneva, no Vermont
            # (but "a statement from Ms. Trump", "a poll from Marquette Law School" are theirs)
            return words[1][0], words[-1][1], "description"
    if len(words) == 1 and lex.source_nouns.get(lows[0]) == "group" and lows[0] not in lex.titles:
        return words[0][0], words[0][1], "group"  # capitalised-group: "Officials said …. They said"
    of_at = next((k for k in range(2, min(len(words) - 1, _OF_NAME_WORDS + 1)) if lows[k] in ("of", "from")), 0)
    if of_at and lows[-1] in lex.org_words and all(_is_cap(w[2]) for w in words[:of_at]) and not any(
        lows[k] in lex.titles or lows[k] in lex.org_words for k in range(of_at)
    ):  # person-of-org-noun: "Jens Niklasch of LBBW bank" is Jens Niklasch
        return words[0][0], words[of_at - 1][1], "person"
    if not _is_cap(words[-1][2]):
        first = 0
        while first < len(words) - 1 and (lows[first] in _DETS or lows[first] in _SOME or (
            lows[first] == "of" and first > 0 and lows[first - 1] in _SOME
        )):  # ("Many of the local GOP leaders": "local GOP leaders")
            first += 1
        if lows[-1].endswith(("'s", "’s")) and len(words[-1][2]) > 2:  # possessor-description: "The prime
            return words[first][0], words[-1][1] - 2, _noun_kind(lows[-1][:-2], lex)  # minister's message" names
            # the prime minister, a person (not a plural "minister's")
        return words[first][0], words[-1][1], _noun_kind(lows[-1], lex)
    cut = _person_before_of(words, lows, lex)
    if cut > 0:  # person-of-place: "Jane Doe of the Brookings Institution" is Jane Doe, not the institution
        words, lows = words[:cut], lows[:cut]
    particles = _particles(lex.words["name-inner"])  # (a name's particles: "Manager Erik ten Hag" -> "Erik ten Hag")
    j = len(words) - 1
    while j > 0:
        prev_word = words[j - 1][2]
        # (a hyphenated modifier ends the name, "Britain-based"; a hyphenated name does not, "Coca-Cola", "Jean-Pierre")
        modifier = "-" in prev_word[1:] and not prev_word.rsplit("-", 1)[1][:1].isupper()
        possessive = prev_word.endswith(("'s", "’s")) or (  # ("Fox News' Megyn Kelly": a plural possessive)
            prev_word[-1:] in "sS" and text[words[j - 1][1] : words[j - 1][1] + 1] in ("'", "’"))
        plain_cap = _is_cap(prev_word) and not possessive and not modifier
        inner = lows[j - 1] in lex.words["name-inner"] and lows[j - 1] != "the" and j >= 2 and (
            _is_cap(words[j - 2][2])
            or (lows[j - 2] in particles and j >= 3 and _is_cap(words[j - 3][2]))  # ("Ursula von der Leyen")
        )
        if plain_cap or inner:
            j -= 1
        else:
            break
    titled_from = j  # (where the stripped titles begin: an organisation keeps them)
    while titled_from < len(words) - 1 and lows[titled_from] in _DETS:
        titled_from += 1
    titled_of = False  # a title and "of" stripped: "Secretary of", "Chancellor of the"
    while j < len(words) - 1 and (lows[j] in lex.titles or lows[j] in _DETS or (
        lows[j] in lex.words["name-inner"] and not (lows[j] in particles and _is_cap(words[j][2])))
    ):  # (a capitalised particle opens a name: "De Zerbi", "Al Gore", "Von der Leyen")
        titled_of = titled_of or (lows[j] == "of" and j > 0 and lows[j - 1] in lex.titles)
        j += 1  # strip leading titles: "Prime Minister Theresa May" -> "Theresa May"
    if titled_of and j < len(words) - 1 and all(_is_cap(w[2]) for w in words[j + 1 :]):
        j += 1  # role-department: "Secretary of State John Kerry" -> "John Kerry", not "State John Kerry"
    elif j >= 3 and lows[j - 1] == "the" and lows[j - 2] == "of" and lows[j - 3] in lex.titles and (
        len(words) - j >= 3 and all(_is_cap(w[2]) for w in words[j + 1 :])
    ):  # role-of-the-department: "Chancellor of the Exchequer George Osborne" -> "George Osborne"
        j = next((k for k in range(j + 1, len(words) - 1) if lows[k] in lex.given_names), j + 1)
    while j > 0 and lex.titles.get(lows[j - 1]) == "-" and all(lex.titles.get(w) == "-" for w in lows[j:]):
        j -= 1  # role-phrase: "The Prime Minister" names no one by name: "Prime Minister", not "Minister" (but a
        # title before a name that is a title word stays off: "Mr. King" is King)
    given = _department_holder(words, lows, titled_from, lex)
    if given > 0:
        j = given  # role-of-department: "Clinton Chief of Staff Cheryl Mills" -> "Cheryl Mills"
    for t in range(len(words) - 3, j - 1, -1):
        role = any(  # (a hyphenated role by any part: "Secretary-Treasurer")
            lex.titles.get(part) == "-" or (part not in lex.titles and lex.source_nouns.get(part) == "person")
            or (t > j and lex.titles.get(part) in ("m", "f"))  # (a gendered one inside a run: "House Oversight
            # Committee Chairman Jason Chaffetz" -> "Jason Chaffetz"); an agent noun in -ist before a given name
            or (part.endswith("ist") and len(part) > 5 and lows[t + 1] in lex.given_names)  # ("Herpetologist
            or (part in lex.words["party-member"] and (lows[t + 1] in lex.given_names or lows[t + 1] in lex.titles))
            or (part in lex.words["occupation"] and _is_cap(words[t + 1][2]))
            for part in lows[t].split("-"))  # James Wood" -> "James Wood"; party-member, before a given name or a
        # title: "Democrat Hillary Clinton" -> "Hillary Clinton", not "the Republican National Committee's platform")
        acronym = words[t][2].isupper() and len(lows[t]) >= 2  # ("Tory MP John Hayes": not "St", "M.")
        place = lows.index("of", t + 3) if "of" in lows[t + 3 :] and "and" not in lows[:t] else len(words)
        # (person-of-place after the name: "Senate Minority Whip John Thune of South Dakota")
        if role and (len(lows[t]) >= _ROLE_LETTERS or acronym) and all(
            _is_cap(w[2]) or (lows[n] in particles and n + 1 < len(words))
            for n, w in enumerate(words[t + 1 : place], t + 1)
        ) and (
            t > j or not any(w in lex.org_words or lex.source_nouns.get(w) in ("org", "document")
                             for w in lows[t + 1 :])  # (not "Cook Political Report")
        ):
            j = t + 1  # role-before-name: "New Jersey Gov. Chris Christie" -> "Chris Christie"; also a role opening
            while j < len(words) - 2 and lows[j] in lex.titles:
                j += 1  # (and the titles after it before two names: "Vet Dr Aisha Khan" -> "Aisha Khan")
            break  # the run (role-first: "Striker Erling Haaland", "Director James Comey")
    if (lows[j] in lex.given_names or (j > 0 and lows[j - 1] in lex.titles)) and "of" in lows[j + 2 :]:
        cut = lows.index("of", j + 2)  # person-of-place: "Jane Doe of Kidder Peabody", "Sen. Chuck Schumer of
        # New York" (a given name or a title opens the name)
        words, lows = words[:cut], lows[:cut]
    for h in range(j + 1, len(words)):
        if _headline_word(words[h][2], lows[h], lex) or lows[h - 1].rstrip(".") in lex.words["company-suffix"]:
            words, lows = words[:h], lows[:h]  # headline-case: "Trump Calls On Obama To Resign" -> "Trump";
            break  # company-suffix: "Acme Corp. Reports Record Results" -> "Acme Corp." (no word after "Inc." is
            # its name's)
    org_words = any(w in lex.org_words for w in lows[j:])
    org_lead = j > 0 and lex.source_nouns.get(lows[j - 1]) == "org" and len(lows) - j > 1 and (
        lows[j] not in lex.given_names
    )  # org-role-lead: "The trade group Energy Partners", "the company Acme Widgets" are organisations, an "it",
    # whatever their own words (a name of two words or more, no given name: "the campaign Ayotte hoped" is hers)
    is_org = org_words or org_lead or (len(lows) - j == 1 and (words[-1][2].isupper() or _web_name(words[-1][2])))
    if org_words and titled_from < j and all(w in lex.titles for w in lows[titled_from:j]) and all(
        _is_cap(w[2]) for w in words[j:]
    ):
        j = titled_from  # title-in-organisation: "the Justice Department" is no "Department"
    family = lows[0] == "the" and lows[-1].endswith("s") and not lows[-1].endswith(("ss", "'s", "’s"))
    end = words[-1][1]
    if words[-1][2].endswith(("'s", "’s")):
        end -= 2  # a possessor as subject names its owner: "Mrs. Bennet's eyes sparkled" -> "Mrs. Bennet"
    return words[j][0], end, "org" if is_org else "group" if family else "person"  # family: "the Wilcoxes"


def _person_before_of(words: Sequence[tuple[int, int, str]], lows: Sequence[str], lex: Lexicon) -> int:
    """``person-of-place``: where ``of`` ends a person's name that opens the words (a given name or a title first, a
    name that is no title or organisation word before ``of``: ``Jane Doe of the Brookings Institution``, ``Dr. Madhav
    Thambisetty of the National Institute on Aging``; not ``Secretary of State John Kerry``, ``Virginia Department
    of Health``), else -1."""
    if "of" not in lows:
        return -1
    first = 0
    while first < len(lows) and lows[first] in _DETS:
        first += 1
    if first >= len(lows) or not (lows[first] in lex.given_names or lows[first] in lex.titles):
        return -1
    for i in range(first + 1, min(len(lows), first + _OF_NAME_WORDS + 1)):
        if lows[i] == "of":
            run = lows[first:i]
            named = any(w not in lex.titles for w in run) and lows[i - 1] not in lex.titles
            return i if named and not any(w in lex.org_words for w in run) else -1
        if not (_is_cap(words[i][2]) or lows[i] in lex.words["name-inner"]):
            return -1
    return -1


_OF_NAME_WORDS = 4  # words of a person's name before "of" (person-of-place)


def _noun_before(lows: Sequence[str], i: int, lex: Lexicon) -> int:
    """The index of the noun a connector at ``i`` follows, over a source-adjective (``People close to Obama``, ``A
    person familiar with Clinton``: the people, the person)."""
    return i - 2 if i >= 2 and lows[i - 1] in lex.words["source-adjective"] else i - 1


def _described(key: tuple[str, ...], lex: Lexicon) -> bool:
    """A description of people with a connector after its noun (``spokeswoman for Hillary Clinton``, ``people close
    to Obama``), or a document described by a participle (``survey conducted by Elena Sadovskaya``): an entity of
    its own, no form of the name it holds."""
    if len(key) > 2 and lex.source_nouns.get(key[0]) in ("document", "org") and key[1].endswith("ed"):
        return True  # (described-by-participle: "survey conducted by Elena Sadovskaya" is no form of her name)
    for n, word in enumerate(key[1:], 1):
        if word in _DESCRIBING:
            noun = key[_noun_before(key, n, lex)]
            if lex.source_nouns.get(noun) in ("person", "group") and noun not in lex.titles:
                return True  # (an organisation's name holds one: "Syrian Network for Human Rights")
    return False


def _latest_written(
    spans: Sequence[tuple[int, _T]], at: int, fits: Callable[[_T], bool]
) -> tuple[int, _T] | None:
    """The latest of ``spans`` (``(start, item)`` in text order) before ``at`` that ``fits``, looking back at most
    ``_WRITTEN_REACH`` items and ``_WRITTEN_CHARACTERS`` characters (``written-person``, ``written-character``)."""
    k = bisect.bisect_left(spans, at, key=lambda span: span[0])
    for start, item in reversed(spans[max(0, k - _WRITTEN_REACH) : k]):
        if at - start > _WRITTEN_CHARACTERS:
            return None
        if fits(item):
            return start, item
    return None


def _headline_word(word: str, low: str, lex: Lexicon) -> bool:
    """``headline-case``: a capitalised article, preposition, auxiliary or subject pronoun (``data/word_classes.tsv``
    headline-word), or a reporting verb's ``-s`` form that is no noun's plural (``Calls``, ``Endorses``; not
    ``States``, ``Reports``: ``noun_homographs.txt``), inside a run of capitalised words marks a title-case headline,
    where a name ends (``Trump Calls On Obama To Resign``, ``Morton Blackwell Endorses Ted Cruz``); names write such
    words in lower case (``Syrian Observatory for Human Rights``)."""
    if not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return False
    if low in lex.words["headline-word"]:
        return True
    lemma = lex.verb_forms.get(low, ("", ""))[0]  # a reporting verb's -s form, no noun's plural: "Calls", "Endorses"
    return bool(lemma) and low.endswith("s") and low != lemma and low not in lex.noun_homographs


_SINGLE_BREAK = regex.compile(r"(?<![\n\r])\r?+\n(?![\r\n])")  # a line break inside a paragraph (linear)
_WRAP_WIDTH = 120  # characters per line break at most in hard-wrapped text (novels wrap at 60-80)
_WRAP_LINES = 3  # line breaks inside paragraphs a text needs to count as wrapped (a headline and its lede do not)


def _hard_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped (a line break inside a paragraph every ``_WRAP_WIDTH`` characters or more
    often, as in a novel's e-text), so a name may run over a line break (``Mr.`` / ``Brownlow``)."""
    breaks = sum(1 for _ in _SINGLE_BREAK.finditer(text))
    return breaks >= _WRAP_LINES and breaks * _WRAP_WIDTH > len(text)


def _coordinated(key: tuple[str, ...]) -> bool:
    """``coordination``: ``Jane and Elizabeth``, ``Procter & Gamble``."""
    return "and" in key or "&" in key


def _gendered_title(text: str, start: int, core_start: int, lex: Lexicon) -> tuple[int, str]:
    """Offset and gender of the gendered title right before a name core (``Mrs.`` in ``Mrs. Bennet``), else
    ``(-1, "-")``."""
    words = list(_WORD.finditer(text, start, core_start))
    # sibling-no-title: "his sister Joan" is Joan ("aunt Bertram" stays titled, as Austen writes Aunt Juley)
    if words and words[-1].group() not in _SIBLINGS:
        g = lex.titles.get(words[-1].group().lower().rstrip("."))
        if g in ("m", "f"):
            return words[-1].start(), g
    return -1, "-"


_OTHER_GENDER = {"m": "f", "f": "m"}


def _other_gender(full: tuple[str, ...], gender: str, cast: Cast | None) -> bool:
    """The fuller name's first word is known to be of the other gender (``Mr. Bennet`` vs ``Elizabeth Bennet``)."""
    if cast is None or len(full) < 2:
        return False
    g = cast.genders.get(full[0])
    return g is not None and g != gender


def _drop_common_lead(text: str, start: int, end: int, cast: Cast, lex: Lexicon) -> int:
    """``common-lead``: leading ordinary words before a cast name are no part of it (``Luckily Sir Thomas``,
    ``Perhaps Catherine`` -> ``Sir Thomas``, ``Catherine``), nor are days of the week (``calendar-lead``);
    titles stay."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    k = 0
    while k < len(words) - 1 and (cast.is_common(words[k][1].rstrip(".")) or _calendar_word(words[k][1], lex)):
        if words[k][1].lower().rstrip(".") in lex.titles:
            break
        k += 1
    if k and _described(_key(text[start:end]), lex):
        return start  # (a description's connector: "People close to Obama", "a person familiar with Johnson's views")
    if k and any(cast.is_name(w.rstrip(".")) for _, w in words[k:]):
        return words[k][0]
    return start


def _calendar_word(word: str, lex: Lexicon) -> bool:
    """``calendar-lead``: a day of the week leads no name (``On Thursday Tony rang`` -> ``Tony``; not a month, which
    may be part of one: ``the March Hare``, ``April Mellody``)."""
    return word.lower() in lex.words["weekday"]


def _noun_kind(noun: str, lex: Lexicon) -> str:
    kind = lex.source_nouns.get(noun)
    if kind is not None:
        return kind
    return "group" if noun.endswith("s") else "description"


# vocatives in the turns around "I" needed to name a first-person narrator (one, when it leads two to one: PDNC dev
# whole novels the same as with 3; passages of 3,000 characters 0.7051 to 0.7061, of 10,000 0.7692 to 0.7714)
_NARRATOR_VOTES = 1


def _narrator_name(
    text: str, speakers: Sequence[tuple[int, int, str, int, int]], addressees: Sequence[str | None],
    kin_names: Container[str] = frozenset(),
) -> str | None:
    """``narrator-name``: the name the other speakers call a first-person narrator by: the vocative most often in
    the quotes right before and after the narrator's own (``"You see, Watson, …"``), if it clearly leads; never a
    kin word (``kin-call``: ``"Hello, Mum."`` before the narrator speaks calls the narrator's mother, who is in the
    scene; ``kin_names``, data/word_classes.tsv kin-name)."""
    votes: Counter[str] = Counter()
    for i, (s, e, kind, _ns, _ne) in enumerate(speakers):
        if kind != "pronoun" or text[s:e] != "I":
            continue
        for j in (i - 1, i + 1):
            called = addressees[j] if 0 <= j < len(speakers) else None
            if called and text[speakers[j][0] : speakers[j][1]] != "I" and called.lower() not in kin_names:
                votes[called] += 1
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < _NARRATOR_VOTES:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _epithet(text: str, start: int, end: int, lex: Lexicon) -> str:
    """``epithet``: the gender ("m", "f", "-") of a news mention ``text[start:end]`` written as an epithet for a person
    named before it (``"We created chances," the Dutchman said``; ``the Ohio Republican``, ``the 41-year-old``, ``the
    34-year-old mother of two``: its gender from the noun), else
    "". A noun phrase that goes on after it is no epithet (``the Republican presidential candidate``)."""
    words = text[start:end].split()
    if len(words) < 2 or words[0].lower() != "the":
        return ""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    nxt = after.group().rstrip(".") if after is not None else ""
    if nxt[:1].islower() and (nxt.endswith("ing") or not (
        nxt in lex.verb_forms or nxt.endswith(("s", "ed")) or nxt == "who"
        or any(nxt in lex.words[c] for c in ("skip", "pp-lead", "time-lead", "be"))
    )):  # (a verb, an adverb or a time phrase goes on after an epithet; not a noun, "and" or "nominating")
        return ""
    head = words[-1]
    if _AGE_EPITHET.fullmatch(head):
        return "-"
    if len(words) in (3, 5) and _AGE_EPITHET.fullmatch(words[1]) and (len(words) == 3 or (
        words[3].lower() == "of" and words[4].isalpha() and words[4].islower()  # ("mother of two")
    )):  # age-epithet with a person's noun: "The 34-year-old mother of two says …", "the 52-year-old nurse"
        noun = words[2].lower()
        gender = _described_gender(("the", noun), lex)
        return gender if gender != "-" else "-" if lex.source_nouns.get(noun) == "person" else ""
    if not head[:1].isupper() or head.lower() not in lex.words["epithet"]:
        return ""
    low = head.lower()
    return "m" if low.endswith("man") else "f" if low.endswith("woman") else "-"


def _title_word(text: str, start: int, core_start: int, lex: Lexicon) -> str:
    """The title right before a name core, as a whole word (``Dr. Kemp`` -> ``doctor``), else ``""``."""
    words = list(_WORD.finditer(text, start, core_start))
    while len(words) > 1 and words[-1].group() in _particles(lex.words["name-inner"]):
        words.pop()  # title-over-particle: "Professor de Worms" -> professor (a lower-case particle, "de", "van der")
    if not words:
        return ""
    low = words[-1].group().lower().rstrip(".")
    if low not in lex.titles:
        return ""
    return lex.title_words.get(low, low)


def _sole_title_holders(text: str, lex: Lexicon, titled: bool = True) -> dict[str, str]:
    """``sole-title-holder``: a title written before exactly one name in the whole document names that person
    (``the doctor`` -> ``Doctor Losberne``, ``said Mademoiselle`` -> ``Mademoiselle Reisz``; outside novels
    (``titled`` false) without the title: ``The mayor defended …`` before ``Mayor Denise Holt said`` -> ``Denise
    Holt``); keyed by the title as a whole word. One pass over the text, made only when a description or bare title
    needs it."""
    holders: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for m in _titled_name(_particles(lex.words["name-inner"])).finditer(text):
        low = m.group(1).lower()
        if low not in lex.titles or m.group(2).lower() in lex.titles:
            continue
        if text[m.end(1) : m.end(1) + 1] == "." and low not in lex.title_words:
            continue  # a period only after an abbreviation: "Dr. Kemp"; "Mademoiselle. The" ends a sentence
        role = lex.title_words.get(low, low)
        holders.setdefault(role, set()).add(m.group(2).rsplit(maxsplit=1)[-1])  # ("President Obama" is "President
        written = m.group() if titled else m.group(2)  # Barack Obama": one surname, the fuller form kept)
        if len(written) > len(first.get(role, "")):
            first[role] = written
    return {role: first[role] for role, names in holders.items() if len(names) == 1}


def _role_holder(key: tuple[str, ...], lex: Lexicon) -> str:
    """The title a description names its person by (``the doctor``, ``the old colonel`` -> ``doctor``,
    ``colonel``; ``her ladyship`` -> ``lady``), else ``""``: ``the`` and at most one word before a title."""
    if len(key) == 2 and key[0] in _POSSESSOR_PRONOUN and key[1] in lex.words["title-ship"]:
        return key[1].removesuffix("ship")  # title-ship: "her ladyship" is the Lady, "his lordship" the Lord
    if len(key) == 2 and key[0] in _POSSESSOR_PRONOUN and key[1] in lex.words["kin-title"]:
        return key[1]  # kin-title: "her aunt" is the one written "Aunt Juley", "his uncle" "Uncle Aubrey"
    if len(key) < 2 or len(key) > 3 or key[0] != "the":
        return ""
    head = lex.title_words.get(key[-1], key[-1])
    return head if head in lex.titles else ""


def _gender_fits(written: str, gender: str, genders: dict[str, str], cast: Cast | None, lex: Lexicon) -> bool:
    """Whether the person ``written`` (``Miss Morstan``, ``Mary``) may be a ``gender`` (``m``, ``f``): by a title,
    the genders learnt so far or the cast; unknown fits."""
    title = lex.titles.get(written.split(maxsplit=1)[0].rstrip(".").lower(), "-") if written else "-"
    known = title if title in ("m", "f") else genders.get(written, cast.gender(written) if cast is not None else "-")
    return known in ("-", gender)


def _role_source(name: str, lex: Lexicon) -> bool:
    """A source named by its role alone (``governor``, ``police chief``: a title or a person's source noun,
    ``data/source_nouns.tsv``), the name left to ``The governor`` when no person holds that title."""
    words = name.split()
    return bool(words) and all(w.islower() for w in words) and (
        lex.title_words.get(words[-1], words[-1]) in lex.titles or lex.source_nouns.get(words[-1]) == "person")


def _definite_asserter(text: str, speaker: tuple[int, int, str, int, int], lex: Lexicon) -> bool:
    """``paragraph-role``: a speaker written with ``the`` (``The governor declared``), not ``a popular governor``,
    and not asking (``A reporter asked Sanders …. He replied`` is Sanders's answer)."""
    s, e = speaker[0], speaker[1]
    if not text.startswith(("the ", "The "), s):
        return False
    m = NEXT_WORD.match(text, e, min(len(text), e + _VERB_REACH))
    return m is None or m.group(1).lower() not in lex.words["question-verb"]


_VERB_REACH = 30  # paragraph-role: characters read after a speaker for its verb


def _titled(name: str, lex: Lexicon) -> bool:
    """A name written with a gendered title (``Mr. Brownlow``, ``Miss Maylie``, ``Lady Catherine``)."""
    first = name.split(maxsplit=1)[0].rstrip(".").lower() if name else ""
    return " " in name and lex.titles.get(first) in ("m", "f")


def _described_gender(key: tuple[str, ...], lex: Lexicon) -> str:
    """Gender of a description of a person by its gendered head (``the old lady`` f, ``the young man`` m, ``her
    mother`` f, a role ``the policeman`` m, ``his hostess`` f), else ``-``; only after an article or a possessive
    pronoun (measured: resolving ``her mother`` like ``she`` names more speakers right on PDNC dev than leaving
    it)."""
    if len(key) < 2 or key[0] not in ("the", "this", "that", "her", "his"):
        return "-"
    head = key[-1]
    if head in lex.words["male-noun"] or head in lex.words["male-role"]:
        return "m"  # (gendered-role-description: "said the policeman", "laughed the hostess"; stop 50)
    if head in lex.words["female-noun"] or head in lex.words["female-role"]:
        return "f"
    g = lex.titles.get(head, "-")
    return g if g in ("m", "f") else "-"


def _group_kin_gender(key: tuple[str, ...], lex: Lexicon) -> str:
    """``group-kin``: the gender of a kin word after ``their``, ``our`` or ``my`` (``their grandmother`` f), else
    ``-``: the relative of a group or of the narrator is none of the people ``he`` or ``she`` would name."""
    if len(key) != 2 or key[0] not in ("their", "our", "my"):
        return "-"
    return "f" if key[1] in lex.words["female-kin"] else "m" if key[1] in lex.words["male-kin"] else "-"


def _new_person(text: str, start: int, end: int, key: tuple[str, ...], lex: Lexicon) -> tuple[str, str]:
    """The name and gender a subject gives a person no name stands for, else ``("", "-")``: ``new-person``, a
    gendered role after ``a`` or ``an`` (``A waitress with a pencil behind her ear looks up.`` -> ``waitress``), and
    ``narrator-kin``, the narrator's relative (``My aunt was smaller than I remembered.`` -> ``my aunt``), and
    ``plural-kin``, a relative of people (``Their son came in from the porch.`` -> ``their son``)."""
    if len(key) >= 2 and key[0] in ("a", "an"):
        return key[1], _gender_of(key[1], "female-role", "male-role", lex)
    if len(key) == 2 and key[0] in _KIN_POSSESSIVE:
        return text[start].lower() + text[start + 1 : end], _gender_of(key[1], "female-kin", "male-kin", lex)
    return "", "-"


def _age_class(key: tuple[str, ...], lex: Lexicon) -> str:
    """``age-class``: ``young`` for a description of a child (``the boy``, ``the little girl``), ``grown`` for one of
    a grown person (``the old gentleman``, ``the man``), else ``""`` (``the young man`` may be either)."""
    if "young" in key:
        return ""
    if key[-1] in lex.words["young-noun"]:
        return "young"
    return "grown" if key[-1] in lex.words["grown-noun"] or "old" in key else ""


def _gender_of(word: str, female: str, male: str, lex: Lexicon) -> str:
    """``f`` or ``m`` when ``word`` is in the word class ``female`` or ``male`` (``data/word_classes.tsv``), else
    ``-``."""
    return "f" if word in lex.words[female] else "m" if word in lex.words[male] else "-"


def _head_gender(key: tuple[str, ...], lex: Lexicon) -> str:
    """``gendered-role``: the gender of a description's head noun, the last word before a connector (``spokeswoman``
    in ``spokeswoman for the company``, ``man`` in ``a man who …``, ``father`` in ``Her father``:
    ``data/word_classes.tsv`` male-noun, male-role, male-kin, female-noun, female-role, female-kin), else ``-``."""
    head = ""
    for word in key:
        if word in lex.words["connector"]:
            break
        head = word
    if head in lex.words["male-noun"] or head in lex.words["male-role"] or head in lex.words["male-kin"]:
        return "m"
    if head in lex.words["female-noun"] or head in lex.words["female-role"] or head in lex.words["female-kin"]:
        return "f"
    return "-"


def _refers(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a description can be what a later pronoun names (``gendered-role``): not after a no-referent word
    (``neither man``, ``no woman``)."""
    words = _key(text[start:end])
    return not (words and words[0] in lex.words["no-referent"])


def _married_title(name: str, lex: Lexicon) -> str:
    """The gender of a name's married title (``Mrs.``, ``Lady``, ``Mr.``, ``Sir``: ``data/word_classes.tsv``
    married-title), else ``-``."""
    title = name.split(maxsplit=1)[0].lower().rstrip(".") if name.strip() else ""
    return lex.titles.get(title, "-") if title in lex.words["married-title"] else "-"


def _names_person(name: str, address: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a vocative's words (``Denham``, ``Mr. Darcy``) name the person called ``name`` (``Ralph Denham``)."""
    key = _key(name)
    words = set(key)
    core = [w for w in address if w not in lex.titles]
    if not core or not all(w in words for w in core):
        return False
    # (two titles must agree: "Mrs. Bennet" does not name Mr. Bennet)
    return not (address[0] in lex.titles and key and key[0] in lex.titles and address[0] != key[0])


def _inside(opens: Sequence[int], reach: Sequence[int], at: int) -> bool:
    """Whether ``at`` lies inside a span of those opening at ``opens`` (in order) whose ends, as a running maximum,
    are ``reach`` (a quotation nested in another is inside the outer one too)."""
    k = bisect.bisect_right(opens, at) - 1
    return k >= 0 and reach[k] > at


def _set_off(text: str, m: regex.Match[str], interjections: Container[str]) -> bool:
    """A word set off by a comma before it or after it, as an address is (``…, William``), or by ``!`` or ``?``
    after it when no word but an interjection or an endearment comes before it (``"William? Is that you?"``,
    ``Oh Marco!``, ``Poor Elinor!``; not ``Where's Marco?``, talk of him: ``asked-after``)."""
    after = text[m.end() : m.end() + 1]
    if after == "," or text[max(0, m.start() - 2) : m.start()] == ", ":
        return True
    if after not in ("!", "?"):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_BEFORE_REACH), m.start())
    return before is None or before.group(1).lower() in interjections


def _same_name(name: str, written: str, lex: Lexicon) -> bool:
    """``named-in-own-quote``: whether a name written in a quotation (``Mr. Sherlock Holmes``, ``Jane``) is the
    person ``name``: the same words, and the same title when it has one (``Mr. Bennet`` is not ``Mrs. Bennet``)."""
    words = _key(written)
    if not words:
        return False
    if words[0] in lex.titles:
        return _key(name)[-len(words):] == words
    return _names_person(name, words, lex)


def _description_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """``described-again``: a description's words past an article (``the health secretary`` and ``a health
    secretary`` alike), if it opens with an article or a possessive; else ``()``."""
    if len(key) < 2 or not (key[0] in _ARTICLES or key[0] in _POSSESSOR_PRONOUN):
        return ()
    return key[1:] if key[0] in _ARTICLES else key


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without final periods: the form names are compared in (cached: the same
    names recur through a document and across documents)."""
    return tuple(m.group().lower().rstrip(".").replace("’", "'") for m in _WORD.finditer(text))


_MAX_HEADING_NAME = 3  # words of an upper-case name; a longer upper-case run is a heading


def canonical_names(
    text: str,
    speakers: Sequence[tuple[int, int, str, int, int]],
    antecedents: Sequence[tuple[int, int]],
    lex: Lexicon,
    cast: Cast | None = None,
    *,
    titled_names_stay: bool = False,
    addressees: Sequence[str | None] | None = None,
    previous_turn: Sequence[int] | None = None,
    borrowed: Sequence[bool] | None = None,
    continuing: Sequence[bool] | None = None,
    goes_on: Sequence[bool] | None = None,
    mentioned: Sequence[tuple[str, ...]] | None = None,
    full_names: Callable[[], Sequence[tuple[int, int]]] | None = None,
    self_reported: Sequence[str] | None = None,
    quote_ends: Sequence[int] | None = None,
    quote_paragraphs: Sequence[int] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    self_named: Sequence[str] | None = None,
    figureless: bool = False,
    few_names: bool = False,
) -> list[str]:
    """Canonical name of each speaker mention ``(start, end, kind, name_start, name_end)``, in document order.

    The name is read from ``name_start:name_end`` (the mention itself, or the antecedent of a relative pronoun:
    ``Cruz, who said``). ``antecedents`` are other name mentions (sentence subjects) pronouns may refer to.

    >>> t = "Vitaly Churkin spoke. Churkin said no. He said yes."
    >>> canonical_names(t, [(22, 29, "name", 22, 29), (39, 41, "pronoun", 39, 41)], [(0, 14)], Lexicon.default())
    ['Vitaly Churkin', 'Vitaly Churkin']

    ``addressees`` (aligned with ``speakers``) are the names each quote addresses (``"Come, Ann," she said``):
    ``not-the-addressee``, a pronoun speaker is never the person spoken to. ``previous_turn`` (aligned with
    ``speakers``) is the index of the speaker of the turn just before, when the quote opens the paragraph after
    that turn's, else -1: ``new-turn``, a described speaker is not that turn's speaker (``"I pity you!" said Rose.
    / "Bless you!" rejoined the girl.``); a pronoun may be (``"…," he added`` continues; measured on PDNC dev).

    ``borrowed`` (aligned with ``speakers``) marks speakers whose mention is another quote's attribution (the turn
    order named the speaker of ``"Well?"`` by the ``she`` of a later ``"…," she said``): ``one-mention-one-name``,
    such a speaker takes the name the mention gets for its own quote, and is not resolved again.

    ``continuing`` (aligned with ``speakers``) marks quotes in the paragraph of the quote before: the same person
    goes on, so ``answer-to-vocative`` does not apply (``"…, Katharine?" she demanded. "Which of …" she concluded``).
    ``goes_on`` (aligned with ``speakers``) marks those whose verb goes on from a spoken quote of the paragraph
    (``pipeline._goes_on``): a ``he`` or ``she`` there is that quote's speaker (``goes-on``).
    ``quote_ends`` (aligned with ``speakers``) are where the quotes end, for ``narration-between``; ``quoted`` are
    the spans of all quotations in document order, for ``written-character``. ``figureless`` (a text with almost
    no digits, ``genre.is_figureless``: a passage of a story, no news report) lets ``main-character`` name a ``he``
    or ``she`` outside novels too.

    With a ``cast`` (``quotattr.cast``), a subject that is no name of the document (``However``) is no antecedent,
    and a name's gender comes from the cast when no title gives it. ``titled_names_stay`` (for novels, where a
    family shares a surname) keeps ``Mr. Bennet`` and ``Mrs. Bennet`` as they are written. ``full_names``, called at
    most once and only when a name has no fuller form among the mentions, gives the spans of names written from a
    given name on (``given-name-run``; ``mentions.given_name_runs``). ``self_reported`` (aligned with
    ``speakers``) is the gender of a ``he``/``she`` opening each speaker's own report, else ``-``
    (``self-report``). ``self_named`` (aligned with ``speakers``) is the name a quotation opens by giving as its
    speaker's own (``"I am Miss Morstan, and …," said she``), else ``""`` (``self-named``).
    ``quote_paragraphs`` (aligned with ``speakers``) are the paragraphs of the quotes, for ``answered-owner``.
    ``few_names`` (a scene whose cast holds few names, ``pipeline``) lets a described subject the pipeline gives as
    an antecedent stand for a later pronoun (``described-subject``: ``The captain studied the chart. Then he looked
    up`` is the captain).
    """
    line_breaks = not _hard_wrapped(text)  # line-break-ends-name: lines are paragraphs or headings, no wrapping
    # Every non-pronoun mention, speakers and antecedents, in document order.
    events: list[tuple[int, int, int, str]] = []  # (start, end, speaker index or -1, kind)
    for i, (_s, _e, k, ns, ne) in enumerate(speakers):
        events.append((ns, ne, i, "name" if k == "relative" else k))
    for s, e in antecedents:
        events.append((s, e, -1, "name"))
    # speaker-before-antecedent: a speaker's mention that is also a narration antecedent is named as the speaker
    # first ("Her mother sighed." / "You might as well tell her, George.": read first as an antecedent, "her
    # mother" made Mrs. Ashcroft the latest woman, so the speaker's "her" named her and the speaker became Clara)
    events.sort(key=lambda ev: (ev[0], ev[1], ev[2] < 0, ev[2], ev[3]))
    # one-mention-one-name, own-mention-first: the speakers whose quote names their mention (not one that borrowed
    # it, nor a description the turn order named after another mention: "said the girl" given Piet's mention)
    naming = [not (borrowed and borrowed[i]) and (k != "description" or (ms, me) == (ns, ne))
              for i, (ms, me, k, ns, ne) in enumerate(speakers)]
    owned = {(sp[3], sp[4]) for sp, own in zip(speakers, naming, strict=True) if own}
    owner_of = {(sp[3], sp[4]): j for j, (sp, own) in enumerate(zip(speakers, naming, strict=True)) if own}
    copies: list[tuple[int, tuple[int, int]]] = []  # one-mention-one-name: (speaker, mention it borrows)
    cores: dict[tuple[int, int], tuple[int, int, str]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    surface: dict[tuple[str, ...], str] = {}
    seen: dict[tuple[str, ...], int] = {}  # mentions of each name form
    family: dict[tuple[str, str], Counter[str]] = {}  # (surname, gender) -> titled names ("Mrs. Bennet")
    by_head: dict[str, set[tuple[str, ...]]] = {}  # organisation word -> fuller names it heads (org-head)
    for s, e, _, k in events:
        if k == "pronoun" or (s, e) in cores:
            continue
        cs, ce, ck = name_span(text, s, e, lex, line_breaks=line_breaks)
        if cast is not None and ck == "person":
            cs = _drop_common_lead(text, cs, ce, cast, lex)
        elif cast is not None and ck == "org" and text[cs:ce].isalpha() and text[cs:ce].isupper() and (
            cast.is_name(text[cs:ce]) and cast.gender(text[cs:ce]) in ("m", "f")
        ):
            ck = "person"  # capitals-opener (stop 67): a chapter's first word in capitals, "MARILLA came briskly
            # forward", is the character, no acronym
        cores[(s, e)] = (cs, ce, ck)
        key = _key(text[cs:ce])
        if not key or ck not in ("person", "org"):
            continue
        after = _WORD.search(text, ce, e)  # the word after the core, inside the mention
        if after is not None and _headline_word(after.group(), after.group().lower(), lex):
            continue  # headline-case: "ESPN Fires Schilling" (For Anti-Transgender Post) is nobody's fuller name
        if len(key) > _MAX_HEADING_NAME and text[cs:ce].isupper():
            continue  # heading-no-name: "THE TIME ARRIVES FOR NANCY TO … ROSE MAYLIE" is nobody's fuller name
        seen[key] = seen.get(key, 0) + 1
        if s < cs and ck == "person" and not _coordinated(key) and not text[s:e].isupper():
            title_at, title_gender = _gendered_title(text, s, cs, lex)
            if title_at >= 0:
                family.setdefault((key[-1], title_gender), Counter())[text[title_at:ce]] += 1
        if key in surface and surface[key].isupper() and not text[cs:ce].isupper():
            surface[key] = text[cs:ce]  # heading-case: "Mrs. Wilcox", not the chapter title's "MRS. WILCOX"
        if key not in surface:
            surface[key] = text[cs:ce]
            if _coordinated(key):
                continue  # a coordination ("Jane and Elizabeth") is nobody's fuller name
            if not _is_cap(text[cs:ce].rsplit(maxsplit=1)[-1]) or _described(key, lex):
                continue  # described-no-fuller-name: "the Trump campaign", "a spokeswoman for Hillary Clinton" are
                # no fuller names of Trump and Clinton
            for index, token in ((by_first, key[0]), (by_last, key[-1])):
                bucket = index.setdefault(token, [])
                if len(bucket) < _MAX_VARIANTS:
                    bucket.append(key)
            head = _org_head(key, lex)
            if head:  # (org-head: "Syrian Observatory for Human Rights" is headed by "observatory")
                by_head.setdefault(head, set()).add(key)

    written_runs: Counter[tuple[str, ...]] = Counter()  # given-name-run: fuller forms written anywhere
    run_first: dict[str, list[tuple[str, ...]]] = {}
    run_last: dict[str, list[tuple[str, ...]]] = {}
    runs_read = full_names is None
    run_spans: list[tuple[int, tuple[str, ...]]] = []  # (start, key) of each name written from a given name

    def read_runs() -> None:
        """Read the names written from a given name on, at the first need (``When Maria Gonzalez opened …`` names
        the ``Gonzalez`` of ``Gonzalez says``): a text whose surnames all have a mention's fuller form never does."""
        nonlocal runs_read
        runs_read = True
        for s, e in full_names() if full_names is not None else ():
            words = text[s:e].split()
            if any(_headline_word(w, w.lower(), lex) or w.lower() in lex.org_words or w.lower() in lex.source_nouns
                   or w.lower() in lex.verb_forms or (cast is not None and w.lower() in cast.lower
                                                      and not cast.is_name(w))
                   for w in words[1:]):
                continue  # a headline: "Donald Trump Tweets"; an organisation: "… Institute"; "Virginia Democrats"
            key = _key(text[s:e])
            if len(key) < 2:
                continue
            run_spans.append((s, key))
            written_runs[key] += 1
            if key not in surface:
                surface[key] = text[s:e]
                for index, token in ((run_first, key[0]), (run_last, key[-1])):
                    bucket = index.setdefault(token, [])
                    if len(bucket) < _MAX_VARIANTS:
                        bucket.append(key)

    def written_before(at: int, gender: str) -> str | None:
        """``written-person``: in news, a "he" or "she" no subject names is the latest person written before it from a
        given name of its gender, subject or not (``He was joined by Ilyse Hogue, president of NARAL. She said``)."""
        if not runs_read:
            read_runs()
        found = _latest_written(run_spans, at, lambda key: lex.given_names.get(key[0]) == gender)
        return usual_name(found[1], text[found[0] : found[0] + len(" ".join(found[1]))]) if found else None

    quote_opens = [start for start, _ in quoted]
    address_leads = lex.words["interjection"] | lex.words["endearment"]  # asked-after: words an address may follow
    quote_reach = list(itertools.accumulate((end for _, end in quoted), max))

    def cast_written_before(at: int, gender: str, others: tuple[str, ...] = ()) -> str | None:
        """``written-character``: in a novel, a "he" or "she" no subject names is the latest character written before
        it, object or not, whose given name has its gender (``I found Jake on the porch. / "Don't tell her," he
        said.``; a gender learnt from a short text's pronouns was measured too and misled in passages), not a kin
        name (``"Mum called," I said. / She didn't look up.`` is not Mum), nor a name its own quote writes (``others``:
        ``"So you're James," he said`` is not James), nor one a quotation writes other than as an address set off
        by commas (``quoted-name``: ``"… Mrs. Spencer said …"`` is talk of her; ``"…, William"`` calls him). Only
        the ``_WRITTEN_CHARACTERS`` before it are read."""
        if cast is None:
            return None
        near = [(m.start(), m.group()) for m in _CAPITALISED.finditer(text, max(0, at - _WRITTEN_CHARACTERS), at)
                if cast.is_name(m.group()) and (not _inside(quote_opens, quote_reach, m.start()) or _set_off(
                    text, m, address_leads))]
        if gender == "-":  # (unknown-written-character: a name alone, no preposition's object: "in Bath")
            near = [(k, w) for k, w in near if _lone_name(text, k, k + len(w), lex)]
        found = _latest_written(near, at, lambda word: (
            lex.given_names.get(word.lower()) == gender if gender != "-" else (
                word.lower() not in lex.given_names and cast.gender(word) == "-"
                and word.lower() not in lex.words["demonym"] and word.lower() not in lex.words["epithet"])) and (
            not cast.is_place(word)) and word.lower() not in lex.words["kin-name"] and not any(
            _same_name(word, o, lex) for o in others))
        return usual_name((found[1].lower(),), found[1]) if found else None

    def cast_written_after(at: int, gender: str, others: tuple[str, ...] = ()) -> str | None:
        """``character-written-after``: in a novel, a "he" or "she" nothing before it names is the first character
        of its gender (by given name) the narration writes after it (``"Come in," she said. … Elizabeth smiled``), not
        a name inside a quotation (an address or talk of someone), nor one its own quote speaks of (``others``)."""
        if cast is None:
            return None
        for m in _CAPITALISED.finditer(text, at, min(len(text), at + _WRITTEN_CHARACTERS)):
            word = m.group()
            if cast.is_name(word) and not _inside(quote_opens, quote_reach, m.start()) and (
                lex.given_names.get(word.lower()) == gender) and not cast.is_place(word) and (
                word.lower() not in lex.words["kin-name"]) and not any(_same_name(word, o, lex) for o in others):
                return usual_name((word.lower(),), word)
        return None

    def rank(cand: tuple[str, ...], key: tuple[str, ...] = ()) -> tuple[bool, int, bool, int]:
        # outside novels, no words before the name that hold an organisation or function word (fronted-org: "the
        # editorial board of the Washington Post Trump said" names no "Washington Post Trump"; "Fox News Sean
        # Hannity" is Sean Hannity); then the longest; of those, outside novels (where a family shares its surname),
        # one opening with a given name (given-name-first: "Thomas Perez", not a headline's "Understated Perez");
        # then the most mentioned ("John" -> "John Andrew", not "John Beaver")
        lead = cand[: len(cand) - len(key)] if key and cand[len(cand) - len(key) :] == key else ()
        fronted = not titled_names_stay and bool(key) and key[-1] not in lex.source_nouns and any(
            w in lex.org_words or (w in lex.function_words and w not in lex.given_names) for w in lead)
        if not fronted and not titled_names_stay and cast is not None and lead:
            # common-word-lead: outside novels, a fuller form with words before its given name (or title) that the
            # text writes in lower case is a headline or a phrase ("9 (More) Offensive Things Donald Trump Has Said",
            # "Enter President Trump.", "One of Mr. Trump's …"; or right before the name after "of" or "for": "One of
            # Trump's jeremiads", "Ready for Trump?"), not a fuller name (name particles apart: "Osama bin Laden");
            # nor where an organisation's word is in it
            named_at = next((n for n, w in enumerate(lead) if w in lex.given_names or w in lex.titles), len(lead))
            fronted = named_at > 0 and (named_at < len(lead) or lead[-1] in ("of", "for")) and any(
                (w in cast.lower or w in lex.words["quantifier"]) and w not in lex.words["name-inner"]
                for w in lead[:named_at]
            ) and not any(w in lex.org_words for w in cand)
            if not fronted and len(lead) == 2 and lead[1] == "of" and lead[0].endswith("s") and len(lead[0]) > 3 and (
                lead[0] not in lex.given_names and not any(w in lex.org_words for w in cand)
            ):  # plural-partitive-lead: "Shares of Tesla fell" names no "Shares of Tesla" for a later "Tesla"
                fronted = True
        return not fronted, len(cand), not titled_names_stay and cand[0] in lex.given_names, seen.get(cand, 0)

    fuller: dict[tuple[tuple[str, ...], bool], tuple[str, ...]] = {}  # fullest's answers: the name forms are all
    # counted before the first call, so a name's fullest form is the same at every mention (memo-fullest, speed)

    def fullest(key: tuple[str, ...], usual: bool = True) -> tuple[str, ...]:
        known = fuller.get((key, usual))
        if known is None:
            known = fuller[(key, usual)] = _fullest(key, usual)
        return known

    def _fullest(key: tuple[str, ...], usual: bool) -> tuple[str, ...]:
        best, best_rank = key, rank(key)
        for cand in by_first.get(key[0], []) + by_last.get(key[-1], []):
            if len(cand) >= len(best) and (cand[: len(key)] == key or cand[-len(key) :] == key):
                cand_rank = rank(cand, key)
                if cand_rank > best_rank:
                    best, best_rank = cand, cand_rank
        if best == key and len(key) == 1 and len(by_head.get(key[0], ())) == 1:
            best = next(iter(by_head[key[0]]))  # org-head: "The Observatory" is the Syrian Observatory for Human Rights
        if best == key:  # (a fuller form a mention wrote wins over one only written: "Ted Cruz", not "Rafael Edward
            if not runs_read:  # Cruz" named once in passing)
                read_runs()
            best = _written_fuller(key, run_first.get(key[0], []) + run_last.get(key[-1], []), written_runs, cast, lex)
        if usual and titled_names_stay and best != key and seen.get(key, 0) > _USUAL_SHARE * seen.get(best, 0):
            return key  # usual-name: in a novel, "Elizabeth" said 300 times is not renamed "Elizabeth Bennet"
        return best

    def usual_name(key: tuple[str, ...], written: str) -> str:
        """The name a person written ``written`` (key ``key``) goes by: the surface of its fullest form."""
        return surface.get(fullest(key), written) if key else written

    def as_written(written: str) -> str:
        """The name a text gives a person in a novel (``It was Miss Abbott``, ``I am Miss Morstan``): a titled form
        as written, else its usual name."""
        titled_form = written.split(maxsplit=1)[0].rstrip(".").lower() in lex.titles
        return written if titled_form else usual_name(_key(written), written)

    def spoken_to(i: int) -> tuple[tuple[str, ...], tuple[str, ...], str]:
        """The names speaker ``i``'s quote addresses, the previous quote addressed, and the previous turn's speaker
        (for ``_resolve``)."""
        last = ""
        if previous_turn is not None and i >= 0 and previous_turn[i] >= 0:
            last = names[previous_turn[i]]
        if addressees is None or i < 0:
            return (), (), last
        own, before = addressees[i], addressees[i - 1] if i > 0 and not (continuing and continuing[i]) else None
        return holder_called(_key(own) if own else ()), holder_called(_key(before) if before else ()), last

    narrator = _narrator_name(text, speakers, addressees, lex.words["kin-name"]) if (
        addressees is not None) else None
    if narrator is not None:
        narrator_key = _key(narrator)
        narrator = surface.get(fullest(narrator_key), narrator) if narrator_key else None
    names: list[str] = [""] * len(speakers)
    sources: set[str] = set()  # latest-source: names that have spoken a quote so far
    recent: list[tuple[str, str, str]] = []  # (name, kind, gender) most recent last, bounded

    def remember(name: str, kind: str, gender: str) -> None:
        recent.append((name, kind, gender))
        if len(recent) > _RECENT:
            del recent[0]
    # title as a whole word -> the latest name written with it ("doctor" -> "Kemp"), at first its sole holder
    titled: dict[str, str] = {}
    sole: dict[str, str] | None = None  # the document's sole title holders, read once when first needed

    def sole_holder(role: str) -> str | None:
        nonlocal sole
        if sole is None:
            sole = _sole_title_holders(text, lex, titled_names_stay)
        return sole.get(role)

    def holder_of(role: str) -> str | None:
        """``title-holder``: the latest person written with the title ``role``, at first its sole holder."""
        return titled.get(role) or (sole_holder(role) if lex.titles.get(role) == "-" else None)

    title_forms: dict[str, tuple[str, ...]] = {}  # written-title-holder: each title's written forms, read once

    def title_written_before(role: str, at: int) -> str | None:
        """``written-title-holder``: the latest name written in narration with the title ``role`` (or its short form:
        ``Dr.`` for ``doctor``) in the ``_TITLE_REACH`` characters before ``at`` (``Opposite was the Duchess of
        Harley`` / ``"…?" asked the duchess``); a bounded look back per form."""
        lo, best = max(0, at - _TITLE_REACH), None
        if role not in title_forms:
            title_forms[role] = _title_forms(role, lex)
        for form in title_forms[role]:
            k = text.rfind(form, lo, at)
            while k >= 0 and (best is None or k > best.start()):
                m = _TITLED_AT.match(text, k, at)
                if m is not None and (k == 0 or not text[k - 1].isalnum()) and not _inside(quote_opens, quote_reach, k):
                    best = m
                    break
                k = text.rfind(form, lo, k)
        return best.group() if best is not None else None

    def holder_called(called: tuple[str, ...]) -> tuple[str, ...]:
        """``role-vocative``: a vocative that is a title alone calls its holder (``"…, Colonel." / "…," said he``
        answers as Colonel Brandon)."""
        if len(called) != 1 or called[0] not in lex.titles:
            return called
        holder = holder_of(lex.title_words.get(called[0], called[0]))
        return _key(holder) if holder else called
    genders: dict[str, str] = {}
    misprints: dict[str, str] | None = None  # typo-name: one-letter variants of the document's frequent names
    main_character: dict[str, str | None] = {}
    described_as: dict[tuple[str, ...], tuple[str, int]] = {}
    ages: dict[str, Counter[str]] = {}  # age-class: how often each name was a young or a grown description
    named_descriptions: dict[tuple[str, ...], tuple[str, int]] = {}  # described-again: (name, speaker index)
    over_turn: dict[int, str] = {}  # holder-over-turn: speaker -> the participant's name the turn order gave

    def main_character_of(gender: str) -> str | None:
        """``main-character`` of ``gender``, read once, at the first need: linear."""
        if gender not in main_character:
            main_character[gender] = _main_character(genders, seen, gender, cast, surface, addressees)
        return main_character[gender]

    def called_person(called: tuple[str, ...], gender: str) -> str | None:
        """The person a vocative's words name (``Lizzy``, ``Mr. Darcy``: its fullest form's written name), when of
        ``gender``; else None."""
        core = tuple(w for w in called if w not in lex.titles)
        person = surface.get(fullest(core)) if core else None
        if person is None:
            return None
        g = genders.get(person) or (cast.gender(person) if cast is not None else "-")
        return person if g == gender else None

    def answering(name: str | None, gender: str, called: tuple[str, ...], i: int) -> str | None:
        """``answer-to-vocative`` beyond reach: the person the last turn called (``called``), when this quote is the
        next turn, the pronoun's gender is theirs and ``name`` is someone else; else None."""
        if not called or previous_turn is None or previous_turn[i] < 0:
            return None
        if name is not None and _names_person(name, called, lex):
            return None
        return called_person(called, gender)

    def called_next(i: int, gender: str | None = None) -> str | None:
        """``called-next``: the person the next turn calls by name (its vocative), when that turn answers this one and
        the name is of ``gender`` (by default its own: an unnamed speaker's) — a name of the cast, as written where no
        mention wrote it; else None."""
        if addressees is None or previous_turn is None or i < 0 or i + 1 >= len(addressees) or (
            previous_turn[i + 1] != i
        ):
            return None
        written = addressees[i + 1]
        if not written or written.lower() in lex.words["kin-name"]:
            return None  # ("Mama", "Mum": no name of hers)
        if gender is None:
            gender = cast.gender(written) if cast is not None else "-"
        person = called_person(holder_called(_key(written)), gender)
        if person is None and cast is not None and cast.is_name(written.split()[-1]) and cast.gender(written) == gender:
            person = written
        return person

    narrated: list[tuple[int, str]] = []  # (start, name) of the people narration names (no speaker mentions)

    def narrated_between(i: int, at: int, gender: str, called: tuple[str, ...]) -> bool:
        """``narration-between``: whether narration names a person of ``gender`` other than ``called`` between the
        end of the previous quote and ``at``."""
        if i < 1 or quote_ends is None:
            return False
        since = quote_ends[i - 1]
        for start, person in reversed(narrated):
            if start < since:
                return False
            if start < at and genders.get(person, "-") == gender and not _names_person(person, called, lex):
                return True
        return False

    def kin(owner: str, gender: str) -> str | None:
        """``family-name``: the person of ``gender`` written with a title and the surname of ``owner``, the one
        ``his`` or ``her`` names (``his wife`` -> ``Mrs. Bennet``), when that is someone else."""
        owner_key = _key(owner)
        if not owner_key:
            return None
        forms = family.get((fullest(owner_key, usual=False)[-1], gender))
        if not forms:
            return None
        relative = forms.most_common(1)[0][0]
        return relative if _key(relative) != owner_key else None

    def married_kin(owner: str | None, gender: str) -> str | None:
        """``kin-married-title``: the latest person other than ``owner`` written with a married title of ``gender``
        (``Mrs.``, ``Lady``; ``Mr.``, ``Sir``)."""
        return next((r[0] for r in reversed(recent) if r[1] == "person" and r[0] != owner and (
            _married_title(r[0], lex) == gender)), None)

    for s, e, i, k in events:
        if i >= 0 and borrowed and borrowed[i] and (s, e) in owned:
            copies.append((i, (s, e)))  # one-mention-one-name: named below, as its own quote names it
            continue
        if k == "pronoun":
            word = text[s:e].lower()
            if i >= 0:  # possessive-speaker: '"…," was his answer' is spoken by whom "he" names
                word = _POSSESSOR_PRONOUN.get(word, word)
            if word == "i" and narrator is not None:
                if i >= 0:
                    names[i] = narrator  # narrator-name: "said I" in a novel whose others call the narrator Watson
                continue
            others = mentioned[i] if mentioned is not None and i >= 0 and word in ("he", "she") else ()
            own_call = addressees[i] if addressees is not None and i >= 0 and word in ("he", "she") else None
            if own_call:
                others = (*others, own_call)  # own-address-not-written: '"…, Kate," she said' is not Kate
            to = spoken_to(i)
            if word in ("he", "she") and to[1] and narrated_between(i, s, "m" if word == "he" else "f", to[1]):
                to = (to[0], (), to[2])  # narration-between: "'I like her, Rowe.' / … Sir Edmund leaned forward. '…,'
                # he said" is Sir Edmund's: a narrated person of the pronoun's gender ends the call
            name = _resolve(word, recent, genders, lex, *to[:2], others=others)
            if goes_on is not None and i > 0 and goes_on[i] and word in ("he", "she") and names[i - 1] and (
                names[i - 1].lower() not in lex.words["subject-pronoun"]
                and genders.get(names[i - 1], "-") in ("-", "m" if word == "he" else "f")
            ):  # goes-on: '"Ha!" she cried, … and after stopping to look about her, she added, "…"' is who cried
                name = names[i - 1]
            own = self_named[i] if self_named is not None and i >= 0 and word in ("he", "she") else ""
            if own and _gender_fits(own, "m" if word == "he" else "f", genders, cast, lex):
                # self-named: '"I am Miss Morstan, and these two gentlemen are my friends," said she' is Miss Morstan
                name = as_written(own)  # (self_named is given for novels only, where titled names stay)
            if word in ("he", "she") and not titled_names_stay:
                latest = next((r[0] for r in reversed(recent) if r[1] == "person"), None)
                avoid = spoken_to(i)[0]
                if latest is not None and latest != name and latest in sources and " " in latest and all(
                    w[:1].isupper() for w in latest.split()
                ) and genders.get(latest, "-") == "-" and latest not in others and not (
                    avoid and _names_person(latest, avoid, lex)
                ) and not (cast is not None and cast.is_place(latest)):
                    name = latest  # latest-source: in news, "Dr. I-Min Lee … said …. But she cautioned" is Lee
            if name is None and word == "it" and i >= 0 and titled_names_stay:
                # creature-it: in a novel a speaking "it" is the latest character of no known gender ('The
                # Caterpillar was the first to speak. / "What size do you want to be?" it asked.')
                name = next((r[0] for r in reversed(recent) if r[1] == "person" and r[2] == "-"
                             and genders.get(r[0], "-") == "-" and r[0][:1].isupper()), None)
            if word in ("he", "she") and i >= 0:
                name = answering(name, "m" if word == "he" else "f", to[1], i) or name
            if name is None and titled_names_stay and word in ("he", "she") and i >= 0 and cast is not None:
                name = cast_written_before(s, "m" if word == "he" else "f", others)
            if name is None and titled_names_stay and word in ("he", "she") and i >= 0:
                gender = "m" if word == "he" else "f"
                name = main_character_of(gender)
                if name is None and gender == "m":  # unknown-written-character: a "he" with no man named is the
                    # latest character of no known gender written alone, as a man's bare surname is ("I found
                    # Holloway in the garden."; a "she" so read took Holmes and Archer in PDNC passages)
                    name = cast_written_before(s, "-", others)
            if name is None and word in ("he", "she") and not titled_names_stay and full_names is not None:
                name = written_before(s, "m" if word == "he" else "f")
            if word in ("he", "she") and not titled_names_stay and i > 0 and continuing and (
                continuing[i] and genders.get(names[i - 1], "-") == "-" and names[i - 1] in sources
            ) and (name is None or (
                _role_source(names[i - 1], lex) and _definite_asserter(text, speakers[i - 1], lex)
            )):
                name = names[i - 1]  # same-paragraph-source: "The mayor … said …. "…," she said" is the mayor;
                # paragraph-role: so is a role alone though a woman was named before ("The governor declared …")
            if name is None and word in ("he", "she") and not titled_names_stay and i >= 0 and cast is not None:
                name = cast_written_before(s, "m" if word == "he" else "f", others)  # (written-character, a given
                # name alone outside novels too: "… to Matthew, who … / "…," he admitted" is Matthew's)
            if name is None and word in ("he", "she") and not titled_names_stay and figureless and i >= 0:
                name = main_character_of("m" if word == "he" else "f")  # (main-character in a figureless passage)
            if name is None and word in ("he", "she") and titled_names_stay:
                # described-antecedent: in a scene naming nobody of the pronoun's gender, the latest described
                # person of no known gender ('The inspector sat down heavily. "Tell me again," he said')
                # (described-other-gender: never a description whose head is of the other gender: '"I did," said
                # the young man. / "Then you are a fool," she said' is the old woman's, not the young man's)
                name = next((r[0] for r in reversed(recent) if r[1] == "person" and genders.get(r[0], "-") == "-"
                             and r[0][:1].islower() and not (to[0] and _names_person(r[0], to[0], lex))
                             and _head_gender(_key(r[0]), lex) in ("-", "m" if word == "he" else "f")), None)
            if name is None and word in ("he", "she") and titled_names_stay:
                name = cast_written_after(e, "m" if word == "he" else "f")  # character-written-after
            if name is None:
                name = text[s:e]
            elif word in ("he", "she"):
                genders.setdefault(name, "m" if word == "he" else "f")
                remember(name, "person", genders[name])  # speaker-salience: who just spoke stays in focus
            if i >= 0:
                names[i] = name
            continue
        if i < 0 and titled_names_stay:
            kin_key = _key(text[s:e])
            if len(kin_key) == 2 and kin_key[0] in _POSSESSOR_PRONOUN and kin_key[1] in lex.words["family-kin"]:
                # kin-antecedent: "Her father was walking about the room." makes Mr. Bennet the latest man
                kin_gender = _described_gender(kin_key, lex)
                possessor_name = _resolve(_POSSESSOR_PRONOUN[kin_key[0]], recent, genders, lex)
                relative = (kin(possessor_name, kin_gender) if possessor_name else None) or married_kin(
                    possessor_name, kin_gender)  # (kin-married-title: the latest Mr. for "her father")
                if relative is not None and kin_gender in ("m", "f"):
                    genders.setdefault(relative, kin_gender)
                    remember(relative, "person", kin_gender)
                continue
            described, gender = _new_person(text, s, e, kin_key, lex)
            if gender in ("m", "f"):  # new-person, narrator-kin: "A waitress … looks up.", "My aunt was smaller …"
                genders.setdefault(described, gender)
                remember(described, "person", gender)
                continue
        cs, ce, ck = cores[(s, e)]
        whole = _key(text[s:e]) if i >= 0 else ()
        part_owner = _NAMED_OWNER.match(text, s, e) if whole and whole[-1] in lex.words["speaking-part"] else None
        if part_owner is not None and part_owner.end(1) < ce:
            cs, ce, ck = s, part_owner.end(1), "person"  # named-part: "May's eager voice broke out:" is May's
        key = _key(text[cs:ce])
        possessed = len(whole) == 2 and whole[0] in _POSSESSOR_PRONOUN  # "her Ladyship", "his lips"
        ship = _role_holder(whole, lex) if possessed else ""
        if ship and titled.get(ship):
            names[i] = titled[ship]  # title-ship written capitalised too: "said her Ladyship" is Lady Catherine
            continue
        if possessed and (whole[1] in lex.words["speaking-part"] or whole[1] in lex.words["speech-noun"]):
            # speaking-part: "said her lips", "his voice went on" is spoken by whom "she"/"he" names; so is a
            # speech noun ("What her answer really said was: …")
            owner_name = _resolve(_POSSESSOR_PRONOUN[whole[0]], recent, genders, lex, *spoken_to(i)[:2])
            if owner_name is not None:
                names[i] = owner_name
                continue
        if titled_names_stay and i >= 0 and whole and whole[-1] in lex.words["speaking-part"] and not possessed and (
            part_owner is None
        ):
            person = called_next(i)
            if person is not None:  # voice-called-next: '"Ralph?" said a voice. / "Joan?"' is Joan's voice
                names[i] = person
                remember(person, "person", genders.get(person, "-"))
                continue
        title_alone = lex.titles.get(key[0], "") if len(key) == 1 else ""
        if title_alone == "-" and cast is not None:
            title_alone = cast.gender(key[0])  # role-name: "the Professor", a "he" by the pronouns after it
        titled_alone = title_alone in ("m", "f")  # title-as-name: "The Queen"
        kin_said = possessed and whole[1] in lex.words["family-kin"]  # ("Her father answered": kin, no common word)
        if cast is not None and key and text[cs].isupper() and all(cast.is_common(w) for w in key) and not (
            titled_alone or kin_said
        ):
            if i >= 0:
                names[i] = text[s:e]
            continue  # common-word: a capitalised sentence opener (``However``, ``Calling``) is no entity
        if i < 0 and cast is not None and not titled_alone and not any(cast.is_name(w) for w in key) and not (
            len(key) == 1 and key[0] in cast.roles  # ungendered-role: "The Professor set down his glass." (one
        ) and not (few_names and text[cs:ce].islower()):  # "his" is no gender yet) is still a "he"'s antecedent, as
            # a name of no known gender is; described-subject: so, in a scene of few names, is "The captain"
            continue  # an antecedent must be a name of the cast
        if i < 0 and few_names and ck == "description" and text[cs:ce].islower():
            ck = "person"  # (described-subject: a person the pipeline read, "The captain", "The mate shrugged.")
        if i >= 0 and titled_names_stay and cast is not None and speakers[i][2] == "name" and text[cs].isupper() and (
            not titled_alone and not any(cast.is_name(w) or w in lex.given_names or w in lex.titles for w in key)
        ):
            names[i] = text[cs:ce]
            continue  # uncast-speaker: in a novel, "Farther down, …, a lady …, telling …" makes no entity "Farther"
        if len(key) > 1 and text[s:e].isupper() and (i < 0 or (titled_names_stay and len(key) > 2)):
            if i >= 0:
                names[i] = text[s:e]
            continue  # heading-case: a heading in capitals ("OLIVER AND HIS FRIENDS") is nobody pronouns name
        title_at, title_gender = _gendered_title(text, s, cs, lex)
        capitalised = text[cs : cs + 1].isupper()
        role = _title_word(text, s, cs, lex) if ck == "person" and capitalised else ""
        mention_key = _key(text[s:e]) if i >= 0 and not capitalised else ()
        if i >= 0 and capitalised and not mention_key and _key(text[s:e])[:1] in _POSSESSOR_KEYS:
            mention_key = _key(text[s:e])  # (a sentence's opening possessive: "Her father answered for her.")
        named_before = named_descriptions.get(_description_key(mention_key)) if (
            mention_key and named_descriptions) else None
        if named_before is not None and i >= 0 and i - named_before[1] <= _MEMO_REACH:
            again = named_before[0]  # described-again: "Her daughter, Susan Carter, said …. "…," her daughter
            names[i] = again  # said" is Susan Carter
            remember(again, "person", genders.get(again, "-"))
            continue
        if mention_key in _FORMER_LATTER and i >= 0:
            people = list(dict.fromkeys(r[0] for r in reversed(recent) if r[1] == "person"))
            at = _FORMER_LATTER[mention_key]
            if len(people) > at:  # former-latter: "…, which Elizabeth considered …, and Miss Bennet could not …;
                names[i] = people[at]  # the former continued" is Elizabeth
                continue
        if titled_names_stay and cast is not None and mention_key and mention_key[0] in _UNNAMED:
            # it-was-identified: '"Where are you?" called a voice. It was Miss Abbott, …' names the voice
            found = _IT_WAS.search(text, e, min(len(text), e + _IDENTIFY_REACH))
            if found is not None and cast.is_name(found.group(1).rsplit(maxsplit=1)[-1]):
                names[i] = as_written(found.group(1))
                continue
            called = called_next(i)  # (called-next: '"Who's there?" cried a voice.' / '"Open the door, Toby," …')
            if called is not None:
                names[i] = called
                continue
        epithet = _epithet(text, s, e, lex) if not titled_names_stay else ""
        if epithet:  # epithet: "Erik ten Hag said …. "…," the Dutchman said" is ten Hag's
            person = next((r[0] for r in reversed(recent) if r[1] == "person" and r[0][:1].isupper() and (
                r[0] in sources or " " in r[0]) and (genders.get(r[0], epithet) == epithet or epithet == "-")), None)
            if person is not None:
                if i >= 0:
                    names[i] = person
                remember(person, "person", genders.get(person, "-"))
                continue
        role_key = mention_key
        if i >= 0 and not role_key and speakers[i][2] == "description" and speakers[i][0] != s:
            # holder-over-turn: the turn order named a role ("said the doctor" -> a participant); its holder wins
            written = text[speakers[i][0] : speakers[i][1]]
            role_key = _key(written) if not written[:1].isupper() else ()
        held = _role_holder(role_key, lex) if role_key else ""
        holder = holder_of(held) if held else None
        if held and holder is None and titled_names_stay and i >= 0:
            # written-title-holder: "asked the duchess" after "the Duchess of Harley" in narration, read back from
            # the description itself (stop 60: PDNC dev +3, passages of 3,000 characters +2, none lost)
            holder = title_written_before(held, speakers[i][0])
        if holder:  # (sole-title-holder: before any, the one role holder the document names: no "the lady")
            names[i] = holder  # title-holder: "the doctor said" after "Dr. Kemp" is Kemp
            if role_key is not mention_key:  # (a quote borrowing the participant's name keeps the participant)
                titled_form = title_at >= 0 and titled_names_stay
                over_turn[i] = text[title_at:ce] if titled_form else usual_name(key, text[cs:ce])
            continue
        described = _described_gender(mention_key, lex) if titled_names_stay and mention_key else "-"
        if described != "-":
            pronoun = "he" if described == "m" else "she"
            possessor = _POSSESSOR_PRONOUN.get(mention_key[0])  # "her mother": the woman "her" names
            owner = _resolve(possessor, recent, genders, lex) if possessor else None
            kin_word = len(mention_key) == 2 and mention_key[1] in lex.words["family-kin"]
            answered = ""
            if possessor and kin_word and i > 0 and quote_paragraphs is not None and (
                quote_paragraphs[i] == quote_paragraphs[i - 1] + 1
            ):  # (a borrowed mention is named at the end: its owner's name, read now)
                answered = names[i - 1] or names[owner_of.get((speakers[i - 1][3], speakers[i - 1][4]), i - 1)]
            if answered and answered != owner and genders.get(answered) == ("m" if possessor == "he" else "f"):
                owner = answered  # answered-owner: 'Emily asked. / "…" / Her mother sighed. "Very well."' is the
                # mother of Emily, whose turn it answers, not of the latest woman named (Mrs. Hart)
            # kin-by-addressee: '"Come with me, Newland," his mother said' is the mother of the one it calls
            owner_gender = "m" if possessor == "he" else "f"
            called_owner = called_person(spoken_to(i)[0], owner_gender) if possessor and kin_word else None
            relative = kin(called_owner, described) if called_owner else None
            if relative is None:
                relative = kin(owner, described) if owner and kin_word else None
            if relative is None and kin_word:  # kin-married-title: "her mother" is a recent Mrs., "his father" a Mr.
                relative = married_kin(owner, described)
            if relative is not None:
                names[i] = relative  # family-name: "said his wife" after Mr. Bennet is Mrs. Bennet
                continue
            # described-person: in a novel, "said the old lady" is the latest woman, as "she" would be; not one
            # its quote speaks of (described-named-in-quote: '"You must be Clara," the woman said')
            spoken_of = mentioned[i] if mentioned is not None and i >= 0 else ()
            age = _age_class(mention_key, lex)
            if age:  # age-class: "said the old gentleman" is no one "the boy" named before (stop 60: PDNC dev +4,
                # none lost; passages unchanged)
                other_age = "grown" if age == "young" else "young"
                spoken_of = spoken_of + tuple(dict.fromkeys(
                    r[0] for r in recent if r[0] in ages and ages[r[0]][other_age] > ages[r[0]][age]))
            memo = described_as.get(mention_key)
            own = self_named[i] if self_named is not None and i >= 0 else ""
            if own and _gender_fits(own, described, genders, cast, lex):
                resolved: str | None = as_written(own)
            elif memo is not None and i - memo[1] <= _MEMO_REACH and any(r[0] == memo[0] for r in recent):
                resolved = memo[0]
            else:
                resolved = None
                if mention_key[-1] in lex.words["genteel-noun"] and "young" not in mention_key:
                    # genteel-description: "said the old gentleman" is a person the novel titles (not "young": the
                    # Artful Dodger is "that young gentleman", unmarried Isabella "the young lady")
                    titled_recent = [r for r in recent if r[1] != "person" or _titled(r[0], lex)]
                    resolved = _resolve(pronoun, titled_recent, genders, lex, *spoken_to(i), others=spoken_of)
                if resolved is None:
                    resolved = _resolve(pronoun, recent, genders, lex, *spoken_to(i), others=spoken_of)
                resolved = answering(resolved, described, spoken_to(i)[1], i) or resolved
                if resolved is not None and resolved == owner:
                    # not-the-possessor: "said her mother" is not the woman "her" names
                    resolved = _resolve(pronoun, recent, genders, lex, _key(owner))
                if resolved is None:
                    resolved = called_next(i, described)  # called-next: '"Mother! …" whispered the young man. /
                    # "…, Harry," said Mrs. Maylie' names the young man Harry
                if resolved is None and cast is not None:
                    # described-written-character: "her grandson Theo sat at the table" / '"Fractions," said the
                    # boy' is Theo, the one boy written before; never the possessor ("'…,' said Lucy. / '…,' her
                    # mother replied" is not Lucy), nor the speaker of the turn it answers (new-turn: '"Oranges." /
                    # "Then ask for something else," said the old woman' is not the one woman written before)
                    answered = spoken_to(i)[2]
                    resolved = cast_written_before(s, described, tuple(n for n in (owner, answered) if n) + spoken_of)
                if resolved is None and cast is not None and not possessor:  # (character-written-after: "the
                    # girl" is the first girl named after, not "her mother": the possessor is often the one named next)
                    resolved = cast_written_after(e, described, spoken_of)
            if resolved is not None:
                names[i] = resolved
                described_as[mention_key] = (resolved, i)
                if age:
                    ages.setdefault(resolved, Counter())[age] += 1
                continue
        # described-newcomer: a description of a gender no one in reach has ("the chairman announced" in a scene's
        # first line) is a person of its own, whom the same description names again ('"…," the chairman said')
        newcomer = described if i >= 0 and described != "-" else "-"
        full: tuple[str, ...] = ()
        misprint = ""
        if titled_names_stay and ck == "person" and key and seen.get(key, 0) <= _TYPO_RARE:
            if misprints is None:  # read once, at the first need: linear
                misprints = _misprints(seen)
            misprint = _misprint_of(key[-1], misprints) if cast is None or cast.is_name(key[-1]) else ""
            if misprint + "s" == key[-1] and _gendered_title(text, s, cs, lex)[0] < 0:
                misprint = ""  # a family's plural ("the Crawfords"), unless one person's title comes first
            if misprint:  # typo-name: "said Mr. Browlow" in a novel of Mr. Brownlow is Mr. Brownlow
                key = (*key[:-1], misprint)
        if ck in ("person", "org") and key:
            full = fullest(key)
            name = surface.get(full, text[cs:ce])
            bare = len(key) == 1 and key[0] in lex.titles and capitalised
            if title_at >= 0 and not bare and (titled_names_stay or _other_gender(full, title_gender, cast) or (
                len(full) == 1 and (full[0], _OTHER_GENDER.get(title_gender, "")) in family
            )):  # (couple-titles: where "Mrs. Smith" and "Mr. Smith" are both written, neither is plain "Smith")
                name = text[title_at:ce]  # titled-name: "Mrs. Bennet" is not "Elizabeth Bennet"
                if misprint:  # (the misprinted word corrected, as the document writes it: "Mrs. Maylie")
                    name = text[title_at:cs] + surface.get(key, misprint.title())
            if bare:  # bare-title: "said Mademoiselle" is the one Mademoiselle of the document, Mademoiselle Reisz
                name = sole_holder(lex.title_words.get(key[0], key[0])) or name
        else:
            name = text[cs:ce]
        known = lex.known_speakers.get(name.lower()) or lex.known_speakers.get(text[s:e].lower())
        if known is not None:
            name = known
        if title_gender in ("m", "f"):
            genders.setdefault(name, title_gender)
        elif titled_alone:
            genders.setdefault(name, title_alone)  # title-as-name: "the Queen" is a "she", "the Duke" a "he"
        if cast is not None and name not in genders:
            # titled-form-gender: "Captain Harville" is a "he" where "Mrs Harville" makes the surname a "she"
            g = cast.titled_gender(role, key[-1]) if role and key else "-"
            if g == "-":
                g = cast.gender(name)
            if g == "-" and full and title_at < 0:  # a usual name ("Denham") has the gender of its fuller form
                g = cast.gender(surface.get(fullest(key, usual=False), ""))
            if g != "-":
                genders[name] = g
        if ck == "person" and cast is not None and cast.is_place(text[cs:ce]):
            ck = "place"  # place-name: "New York", "Netherfield" are no "he" or "she"
        if ck == "person" and _coordinated(key):
            ck = "group"  # coordination: "Jane and Elizabeth" are two people, a "they", never "she"
        if role:
            titled[role] = name
        if i >= 0 and speakers[i][2] == "description" and speakers[i][0] != s:
            # described-gender: a description the turn order named ("said her brother" -> a participant) keeps
            # its gender: a woman's name for "her brother" is re-read as "he" would be
            own_key = _key(text[speakers[i][0] : speakers[i][1]])
            described = _described_gender(own_key, lex) if titled_names_stay else "-"
            group_kin = _group_kin_gender(own_key, lex)  # group-kin: "said their grandmother" is no man the turn
            if group_kin != "-" and genders.get(name, group_kin) != group_kin:  # order gave
                described = group_kin
            if described != "-" and genders.get(name, described) != described:
                resolved = None if group_kin != "-" else _resolve(
                    "he" if described == "m" else "she", recent, genders, lex, *spoken_to(i))
                if resolved is None:  # no one of its gender: "girl", not the man the turn order gave
                    own_start, own_end, _ = name_span(text, speakers[i][0], speakers[i][1], lex)
                    resolved = text[own_start:own_end]
                    over_turn[i] = name  # (a quote that borrowed the participant's mention keeps the participant)
                names[i] = resolved
                continue
        # a lower-case head is a description, also in a sentence-initial "One woman"
        described_head = not text[max(text.rfind(" ", cs, ce) + 1, cs) : ce][:1].isupper()
        if ck == "person" and described_head and not titled_names_stay and name not in genders and _refers(
            text, s, e, lex
        ):
            g = _head_gender(key, lex)
            if g != "-":  # gendered-role: outside novels, "A spokeswoman … said" is the "she" of "she said" after it
                genders[name] = g
        if ck in ("person", "description") and described_head and i >= 0 and self_reported and (
            self_reported[i] != "-" and name not in genders and (whole[:1] in _NEW_ONE or (
                whole[:1] == ("the",) and not any(r[1] == "person" for r in recent)))
        ):  # self-report: "A neighbour said she had heard shouting" is a person, a "she"; so is a definite one when
            # no person was named before it ("The prime minister has insisted he will not resign.")
            genders[name], ck = self_reported[i], "person"
        if ck == "person" and i >= 0 and self_reported and self_reported[i] == "n" and name not in genders and (
            capitalised and not described_head and not (key and key[0] in lex.given_names) and title_at < 0
        ):
            ck = "org"  # self-report: "Boeing said it would cut jobs. It added …" is an organisation, an "it"
        if newcomer != "-" and ck == "person":  # (its gender left unknown: taken as the next "he", it lost 9 to 11
            described_as[mention_key] = (name, i)  # in PDNC passages of 800 and 1,000 characters)
        remember(name, ck, genders.get(name, "-"))
        if i < 0 and ck == "person":
            narrated.append((s, name))
        if i >= 0:
            names[i] = name
            if ck == "person":
                sources.add(name)
            if ck == "person" and speakers[i][2] == "name" and (speakers[i][0], speakers[i][1]) != (s, e):
                described_key = _description_key(_key(text[speakers[i][0] : speakers[i][1]]))
                if described_key and not text[speakers[i][1] - 1].isupper():
                    named_descriptions[described_key] = (name, i)  # (described-again)
    if copies:
        by_mention = {(sp[3], sp[4]): over_turn.get(i, names[i]) for i, sp in enumerate(speakers) if naming[i]}
        for i, mention in copies:
            names[i] = by_mention.get(mention, names[i])
    return names


def guessed_new_turns(names: Sequence[str], previous_turn: Sequence[int], borrowed: Sequence[bool]) -> list[int]:
    """``guessed-new-turn``: for each speaker (aligned with ``names``, ``previous_turn`` and ``borrowed`` of
    ``canonical_names``), the index of the speaker whose mention and name it takes instead, else -1. A speaker the
    turn order gave by another quote's mention (``borrowed``) is not the person named for the turn right before it;
    it is the speaker of the turn before that, when that is someone else (``"What think you of books?" said he`` /
    ``"Books--Oh! no."``: the turn order gave Darcy, who had just spoken).

    >>> guessed_new_turns(["Ann", "Bob", "Bob"], [-1, 0, 1], [False, False, True])
    [-1, -1, 0]
    """
    current = list(names)
    source = [-1] * len(names)
    for i, last in enumerate(previous_turn):
        before = previous_turn[last] if last >= 0 else -1
        if borrowed[i] and before >= 0 and current[i] == current[last] and current[before] != current[last]:
            source[i] = source[before] if source[before] >= 0 else before
            current[i] = current[before]
    return source


_TYPO_FREQUENT = 10  # mentions of a name word whose one-letter variants are misprints of it
_TYPO_RARE = 2  # at most this many mentions of a name read as a misprint
_TYPO_LENGTH = 5  # letters of a name word at least (short names differ by a letter: "Jane", "Jake")


def _written_fuller(
    key: tuple[str, ...], cands: Sequence[tuple[str, ...]], written: Counter[tuple[str, ...]], cast: Cast | None,
    lex: Lexicon,
) -> tuple[str, ...]:
    """``given-name-run``: the fuller form of ``key`` among names only written (not mentions), else ``key``: the
    longest, then the most written, when written at least twice as often as any other of another given name
    (``Clinton`` is neither ``Bill`` nor ``Hillary Clinton`` where both are written about as often), and not of the
    other gender than the cast learnt for ``key`` (a ``Clinton`` that ``she`` follows is no ``Bill Clinton``)."""
    longer = [c for c in dict.fromkeys(cands) if len(c) > len(key) and (c[: len(key)] == key or c[-len(key) :] == key)]
    if not longer:
        return key
    gender = cast.gender(" ".join(key)) if cast is not None else "-"
    fitting = [c for c in longer if gender == "-" or lex.given_names.get(c[0], gender) == gender]
    if not fitting:
        return key
    fitting.sort(key=lambda c: (len(c), written[c]), reverse=True)
    best = fitting[0]
    rivals = [written[c] for c in fitting[1:] if c[0] != best[0]]
    return best if not rivals or written[best] >= _WRITTEN_LEAD * max(rivals) else key


_WRITTEN_LEAD = 2  # given-name-run: how much more often the fuller form chosen is written than another


def _web_name(word: str) -> bool:
    """``web-name``: a name ending in a lower-case web domain is an organisation, an ``it`` (``Factcheck.org``,
    ``Breitbart.com``; not ``Ph.D.`` or ``U.S.``)."""
    stem, dot, domain = word.rstrip(".").rpartition(".")
    return bool(dot) and len(stem) >= 2 and 2 <= len(domain) <= 4 and domain.isalpha() and domain.islower()


def _org_head(key: tuple[str, ...], lex: Lexicon) -> str:
    """``org-head``: the organisation word (``data/org_words.txt``) a name of three words or more has inside, before
    a phrase of ``for``, ``of``, ``on`` … (``Syrian Observatory for Human Rights`` -> ``observatory``), else ``""``."""
    for j in range(1, len(key) - 1):
        if key[j] in lex.org_words and key[j + 1] in lex.words["name-inner"]:
            return key[j]
    return ""


def _misprints(seen: dict[tuple[str, ...], int]) -> dict[str, str]:
    """``typo-name``: each one-letter deletion of a name word mentioned at least ``_TYPO_FREQUENT`` times, mapped to
    that word (``browlow`` -> ``brownlow``), and each such word to itself; a deletion two words share names
    neither."""
    counts: Counter[str] = Counter()
    for key, n in seen.items():
        for word in key:
            counts[word] += n
    out: dict[str, str] = {}
    for word, n in counts.items():
        if n < _TYPO_FREQUENT or len(word) < _TYPO_LENGTH or not word.isalpha():
            continue
        out[word] = word
        for i in range(len(word)):
            variant = word[:i] + word[i + 1 :]
            out[variant] = word if out.get(variant, word) == word else ""
    return out


def _misprint_of(word: str, misprints: dict[str, str]) -> str:
    """The frequent name ``word`` is a misprint of, one letter lost (``Browlow``, ``Charly``) or added (``Mrs.
    Maylies``), else ``""``."""
    if len(word) < _TYPO_LENGTH or misprints.get(word) == word:
        return ""
    found = misprints.get(word, "")
    if found:
        return found
    for i in range(len(word)):
        variant = word[:i] + word[i + 1 :]
        if misprints.get(variant) == variant:
            return variant
    return ""


def _lone_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the capitalised word at ``text[start:end]`` stands alone as a name: not after a preposition, an
    article or another capitalised word (``in Bath``, ``the East``, ``Newland Archer``, ``Mr. Archer``), nor before a
    capitalised word (``Baker Street``) (``unknown-written-character``)."""
    before = text[max(0, start - _BEFORE_CHARS) : start].split()
    after = text[end : end + _BEFORE_CHARS].split()
    if before:
        low = before[-1].lower()
        if before[-1][:1].isupper() or low in ("the", "a", "an", "towards") or lex.is_preposition(low) or (
            low in lex.words["pp-lead"]
        ):
            return False
    return not (after and after[0][:1].isupper() and text[end : end + 1] == " ")


_BEFORE_CHARS = 16  # characters read back for the word before a name


def _main_character(
    genders: dict[str, str], seen: dict[tuple[str, ...], int], gender: str, cast: Cast | None = None,
    surface: dict[tuple[str, ...], str] | None = None, called: Sequence[str | None] | None = None,
) -> str | None:
    """``main-character``: in a novel, a ``he`` or ``she`` with no antecedent in reach is the character of that
    gender named most often in the document (of those whose gender is known when first needed, or that the cast
    gives that gender: in a passage that names its hero only later, ``"…," he said`` at its start is still his);
    with none, the most-named character of no known gender."""
    best, count = None, 0
    for name, g in genders.items():
        n = seen.get(_key(name), 0)
        if g == gender and n > count:
            best, count = name, n
    if cast is not None and surface is not None:
        unknown, unknown_count = None, 0  # (the most-named character whose gender nothing tells)
        for key, n in seen.items():
            written = surface.get(key, "")
            if not written or not cast.is_name(key[-1]) or cast.is_place(written):
                continue
            words = written.split()
            g = cast.gender(words[-1])
            if g == "-" and len(words) > 1:
                g = cast.gender(words[0])  # (a given name's gender: "Tom Becker" is no "she")
            if g == gender and n > count:
                best, count = written, n
            elif g == "-" and genders.get(written, "-") == "-" and n > unknown_count:
                unknown, unknown_count = written, n
        if best is None and called:  # called-character: else the one of that gender the quotes call most
            calls = Counter(c for c in called if c and cast.gender(c) == gender)  # ('"Hello, Charlotte."')
            best = calls.most_common(1)[0][0] if calls else None
        if best is None:
            best = unknown
    return best


def _resolve(
    word: str,
    recent: list[tuple[str, str, str]],
    genders: dict[str, str],
    lex: Lexicon,
    avoid: tuple[str, ...] = (),
    called: tuple[str, ...] = (),
    last_turn: str = "",
    others: tuple[str, ...] = (),
) -> str | None:
    """``pronoun-antecedent``: the most recent compatible entity, or None; never the ``avoid`` name (the person the
    quote addresses: ``not-the-addressee``)."""
    gender, _number, person = lex.pronouns.get(word, ("-", "sg", "3"))
    if person != "3":
        return None
    if word in ("he", "she"):
        # gender-first: the most recent person known to have the pronoun's gender, unless a person of unknown
        # gender was mentioned since and the known one is more than _GENDER_REACH entities back
        unknown = None
        named = [r for r in recent if not (avoid and _names_person(r[0], avoid, lex)) and r[0] != last_turn
                 and not any(_same_name(r[0], o, lex) for o in others)]
        for name, kind, _ in reversed(named[-_GENDER_REACH:]) if called else ():
            if kind == "person" and genders.get(name, gender) == gender and _names_person(name, called, lex):
                return name  # answer-to-vocative: '"Come, Ann." "No," she said' is Ann's answer
        for n, (name, kind, _) in enumerate(reversed(named)):
            g = genders.get(name, "-")
            if kind == "person" and g == gender:
                return name if unknown is None or n < _GENDER_REACH else unknown
            if kind == "person" and g == "-" and unknown is None and name[:1].isupper() and (
                name.split(maxsplit=1)[0].lower() not in _DESCRIPTION_LEADS
            ):
                unknown = name  # (a described person of unknown gender, "senior officer", "His father", is no
                # fallback)
        return unknown
    for name, kind, _ in reversed(recent):
        if word == "they":
            if kind in ("group", "org"):
                return name
        elif word == "it" and kind in ("org", "document"):
            return name
    return None
