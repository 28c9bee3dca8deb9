"""Statement rules: the statement a sentence makes, from its reporting verb.

A statement is a sentence whose finite reporting verb (``data/speech_verbs.tsv``)
has officials as its subject: ``reporting_verb`` finds the verb, coreference the
subject before it. The rules then read the constructions around it: a passive
with its agents ("was signed by A and B"), a report inside a report ("said that
both ministers agreed"), a light verb with a purpose ("seized the opportunity to
thank"), an attribution after a quotation ('"...," said X'), a quotation with no
verb (the last speaker's), a second clause ("..., while X noted"). Each
statement is proposed through ``Discourse.add``; a joint report of two
officials ("A and B discussed") also proposes their meeting.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence

from culturedipl import lexicon
from culturedipl._coref import ADVERBS, ASIDE_OPENERS, MEETING_NOUNS, is_ly_adverb
from culturedipl._discourse import Discourse
from culturedipl._drafts import StatementDraft
from culturedipl._meeting_rules import WELCOME_VERBS, attend, host_of
from culturedipl._mentions import index_back, index_of
from culturedipl._roles import ROLE_NOUNS, ROLE_OR_GUEST_NOUNS
from culturedipl.lexicon import word_list
from culturedipl.model import Act

__all__ = [
    "CLAUSE_LINKS",
    "MEETING_SPEAKER_RULES",
    "find_reporting_verb",
    "second_clause",
    "settle_meeting_speakers",
    "statement_in",
]

# Sets of acts, built once (an enum member is an attribute look-up each time it is named):
# a meeting's own acts, those that make a meeting of two speakers, and those that
# may report another's act ("said that ...")
_MEETING_ACTS = frozenset({Act.DISCUSS, Act.AGREE, Act.STRESS})
_JOINT_ACTS = frozenset({Act.DISCUSS, Act.AGREE})
_REPORT_ACTS = frozenset({Act.SAY, Act.INFORM})
# words after "her" that make it an object, not a possessive ("thanked her for ...")
_NOT_POSSESSED = frozenset({"for", "and", "on", "to", "that", "in", "with", "as", "about", "at"})
# the acts a partner named before ", with whom he ..." shares ("discussed", "spoke")
_WITH_WHOM_ACTS = frozenset({Act.DISCUSS, Act.AGREE, Act.INFORM})
# "It is hoped that ...": in the present, the writer's hope, not a report
_WRITERS_HOPES = word_list("writers_hope_verbs")
# modal verbs (and "to"): the verb after one is no finite report
_MODALS = frozenset(
    {"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to"}
)
_GIFTS = word_list("gift_nouns")
# hospitality and rites "offered" ("offered them a warm reception"): no proposal either
_OFFERED_THINGS = word_list("offered_things")
# an unnamed party welcomed ("welcomed a delegation of ..."): a person, not an idea
_UNNAMED_PARTIES = word_list("unnamed_party_nouns")
# the words that make a "was ..." reporting verb active: its subject speaks
_NOT_PASSIVE = word_list("active_after_be")
# finite auxiliaries: the word right before one is no reporting verb
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "will", "would"})
# the words that make the verb-like word after them an adjective or a noun
# ("member states" of a union are no report)
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "member"})
# the auxiliaries that open a passive reporting verb ("was noted"): a determiner
# before one is a pronoun, its subject ("This was emphasised by X", "This was noted")
_PASSIVE_AUXILIARIES = frozenset({"was", "were"})
# "expressed (deep, sincere) gratitude" thanks (ANNOTATION.md)
_THANK_NOUNS = word_list("thank_nouns")
# prepositions that end in "-ing": a sentence opening with one has no participle
# phrase to pass over ("During the meeting both officials expressed ...")
_ING_PREPOSITIONS = word_list("ing_prepositions")
# "..., he continued.": verbs that report only as a sentence's closing attribution
_CLOSING_VERBS = word_list("closing_verbs")
# "seized the opportunity to express thanks": a light verb whose purpose infinitive
# carries the act (ANNOTATION.md, "A light verb with a purpose")
_LIGHT_VERBS = word_list("light_verbs")
_OPPORTUNITY_NOUNS = word_list("opportunity_nouns")
# the words that may stand between the agents after a passive's "by"
# ("by the Minister of Culture of X, A, and the Minister ... B")
_AGENT_JOINERS = frozenset({"and", ",", "the", "of", "for", "a", "an", "both"})
# the rules whose speakers are the meeting's participants, whoever joins it later
MEETING_SPEAKER_RULES = frozenset(
    {
        "speakerless passive",
        "discussion without a subject",
        "what the meeting covered",
        "the meeting's participants",
        "the sides",
    }
)
# a passive signing before its signatories are named (see ``settle_meeting_speakers``)
_SIGNED_BEFORE = "signing, the signatories named after"
# "the sides", "the parties": every participant of the meeting (ANNOTATION.md, "Groups")
_SIDES = word_list("side_nouns")
# "held a meeting with Y, discussing ...": a participle of the meeting's discussion
_DISCUSSION_PARTICIPLES = word_list("discussion_participles")
# "X welcomed the delegation, saying ...": the participle's act (one or two words)
_REPORT_PARTICIPLES = {
    tuple(phrase.split()): act for phrase, act in lexicon.report_participles().items()
}
_OPENS_WHAT_WAS_SAID = frozenset({",", ":", "that", '"', "“"})
# Words that join a second clause, with its own subject and report, to a sentence;
# with "who" (a relative clause on another official), those that may open one
_LINKS = frozenset({"while", "whereas", "and"})
CLAUSE_LINKS = _LINKS | {"who"}
# A signing ceremony (ANNOTATION.md, "Ceremonies and openings"): the reporting verbs
# that report a signing, the documents officials sign together, and the words that
# may stand in a list of signatories besides ``_AGENT_JOINERS`` ("the Ambassador of
# Chile to Italy X", "President of the Council (ICC) Y", "on behalf of A by X")
_SIGNING_VERBS = word_list("signing_verbs")
_SIGNED_DOCUMENTS = word_list("signed_documents")
_GROUP_NOUNS = word_list("group_nouns")
_PAIR_WORDS = frozenset({"both", "two"})
# ("Minister of Arts, Culture & Heritage")
_SIGNATORY_JOINERS = frozenset({"(", ")", "by", "behalf", "on", "his", "her", "counterpart", "&"})
# places in a signatory's title ("in Iran", "to Italy", "at the Ministry"), when a
# capital follows (after "the")
_SIGNATORY_PLACES = frozenset({"in", "to", "from", "at"})
# an apostrophe of a possessive in a signatory's title ("Maldives' Deputy Minister")
_APOSTROPHES = frozenset({"'", "’"})
# what ends the words between a passive signing and its "by" ("was signed today by")
_CLAUSE_ENDS = frozenset({".", ";", "and", "but", "which", "that", "who", "while", "as"})


def second_clause(r: Discourse, s: int, indexes: range) -> None:
    """A second report joined to the sentence's first by "while", "whereas" or ", and".

    "The minister said ..., while the Commissioner noted that ...": a clause
    with a subject of its own, named or a role phrase, right before its own
    reporting verb, is read as a sentence of its own.
    """
    first = r.verb_of.get(s)
    if first is None:
        return
    keys = r.doc.keys
    after, stop = first[0] + first[1], indexes.stop - 1
    if "who" in keys[after:stop]:
        _relative_clause(r, s, range(after, indexes.stop))
    # only the links after the verb are looked at (picked out at C speed)
    links = itertools.compress(range(after, stop), map(_LINKS.__contains__, keys[after:stop]))
    for j in links:
        if keys[j] == "and" and keys[j - 1] != ",":
            continue  # "A and B", not a clause
        pronoun = keys[j + 1] in {"he", "she"}
        if not (pronoun or keys[j + 1] == "the" or r.doc.words[j + 1][:1].isupper()):
            return  # no named subject, role phrase or pronoun opens the clause
        clause = range(j + 1, indexes.stop)
        verb = find_reporting_verb(r, clause)
        if verb is None:
            return
        if pronoun:
            # "X praised ..., and she thanked him": another official than the first
            # clause's subject (the same one's second verb is one statement)
            if verb[0] == j + 2 and r.state.last_subject != r.coref.pronoun(keys[j + 1]):
                statement_in(r, s, clause, verb, "second clause")
            return
        subject, kind = r.coref.subject_before(verb[0], clause.start)
        if kind in {"name", "role"} and _signed_alike(r, s, first, verb, subject):
            return
        if kind in {"name", "role"}:
            statement_in(r, s, clause, verb, "second clause")
        return


def _relative_clause(r: Discourse, s: int, rest: range) -> None:
    """ "The diplomat stressed ... during an audience with Minister X, who considered
    a bridge essential": a relative clause on another official, opening with its
    reporting verb, is that official's statement (*rest*: the tokens after the
    sentence's first verb)."""
    keys, owner = r.doc.keys, r.owner
    j = index_of(keys, "who", rest.start, rest.stop)
    if not (rest.start + 2 <= j < rest.stop - 2 and keys[j - 1] == "," and j - 2 in owner):
        return
    if owner[j - 2] in r.state.last_subject:
        return  # the same official's second verb: one statement
    verb = find_reporting_verb(r, range(j + 1, rest.stop))
    if verb is None or verb[0] > j + 2 or (verb[0] == j + 2 and keys[j + 1] not in ADVERBS):
        return
    statement_in(r, s, range(j - 2, rest.stop), verb, "relative clause")


def _signs(keys: Sequence[str], verb: tuple[int, int, Act]) -> bool:
    """Whether the reporting *verb* (token, length, act) is a signing ("signed", "inked")."""
    at, length, act = verb
    return act is Act.AGREE and " ".join(keys[at : at + length]) in _SIGNING_VERBS


def _signed_alike(
    r: Discourse,
    s: int,
    first: tuple[int, int, Act],
    second: tuple[int, int, Act],
    subject: list[int],
) -> bool:
    """ "A signed the memorandum on behalf of X, while B signed on behalf of Y": one
    signing, whose signatories met and agree together (ANNOTATION.md, signing
    ceremonies); replaces the first clause's statement. Whether it did."""
    keys = r.doc.keys
    last = r.statements[-1] if r.statements else None
    if not (_signs(keys, first) and _signs(keys, second)) or last is None or last.sentence != s:
        return False
    signatories = [*last.speakers, *(p for p in subject if p not in last.speakers)]
    if len(signatories) == len(last.speakers):
        return False
    r.statements.pop()
    r.said.discard((s, frozenset(last.speakers)))
    _joint_meeting(r, s, signatories, first[:2], discussed_with=True)
    r.add(
        s,
        signatories,
        Act.AGREE,
        verb=last.verb,
        content=last.content,
        addressees=[],
        rule="two signatures of one document",
    )
    return True


def settle_meeting_speakers(r: Discourse) -> None:
    """A statement by "the meeting's participants" has all of them: those named later
    ("... were reviewed during the meeting. X and Y were also present") too; a
    signing reported before any meeting is that of the meeting reported within the
    next sentences ("The agreement was signed on Monday. Minister X hosted Y ...").

    Run once after the pass; the participants of a meeting only grow during it.
    """
    said = set()
    kept = []
    for draft in r.statements:
        if draft.rule == _SIGNED_BEFORE:
            after = range(draft.sentence + 1, draft.sentence + 4)
            found = next((k for k, m in enumerate(r.meetings) if m.sentence in after), None)
            if found is None:
                continue
            # the signatories, when the text goes on to say who signed; else the
            # meeting's participants
            signed = next(
                (
                    other.speakers
                    for other in r.statements
                    if other.sentence in after and other.act is Act.AGREE and other.speakers
                ),
                r.meetings[found].participants,
            )
            draft.speakers, draft.meeting = list(signed), found
        if draft.rule in MEETING_SPEAKER_RULES and draft.meeting is not None:
            final = r.meetings[draft.meeting].participants
            if len(final) > len(draft.speakers) and set(draft.speakers) <= set(final):
                draft.speakers = list(final)
        key = (draft.sentence, frozenset(draft.speakers))
        if key not in said:
            said.add(key)
            kept.append(draft)
    if len(kept) < len(r.statements):
        r.statements[:] = kept


def statement_in(
    r: Discourse,
    s: int,
    indexes: range,
    verb: tuple[int, int, Act] | None = None,
    rule: str = "reporting verb",
) -> None:
    """The statement of sentence *s*, or of its clause *indexes* with its *verb*
    (*rule* names the rule that chose the clause, for ``culturedipl explain``)."""
    doc = r.doc
    if indexes.start in r.owner:
        r.coref.note_opening_gender(indexes)
    if verb is None:
        verb = reporting_verb(r, s, indexes)
    k = bisect_left(r.quoted_words, indexes.start)
    quoted = k < len(r.quoted_words) and r.quoted_words[k] < indexes.stop
    if verb is None:
        if r.state.meeting is not None and r.meetings[r.state.meeting].sentence == s:
            _meeting_participle(r, s, indexes)
        if (
            r.state.meeting is not None
            and not _AGENDA_NOUNS.isdisjoint(doc.keys[indexes.start : indexes.start + 3])
            and _meeting_topic(r, s, indexes)
        ):
            return
        _without_verb(r, s, indexes, quoted=quoted)
        return
    at, length, act = verb
    verb_keys = doc.keys[at : at + length]
    be = _be_before(r, at, indexes.start)
    if (
        be is not None
        and doc.keys[be] == "is"
        and doc.keys[at] in _WRITERS_HOPES
        and be > indexes.start
        and doc.keys[be - 1] == "it"
    ):
        return  # "It is hoped that ...": the writer's hope, no one's report
    passive = ("was" in verb_keys or "were" in verb_keys or be is not None) and (
        # "X was quoted as saying", "X was certain that": X speaks
        _NOT_PASSIVE.isdisjoint(verb_keys)
    )
    # the subject stands before the light verb of a purpose ("seized the opportunity
    # to thank"), before the auxiliary of a passive ("The ambassador was invited")
    head = _purpose_head(r, at, indexes.start)
    if head is not None:
        rule = "light verb with a purpose"
    else:
        head = be  # ("has been": subject_before passes over "has" as over an adverb)
    subject, kind = r.coref.subject_before(
        at if head is None else head, indexes.start, named_holders=True
    )
    if (
        r.whiles
        and kind in {"thing", "none"}
        and (aside := _while_aside(r, indexes.start, at)) is not None
    ):
        # "Adviser X while discussing the plan has put forward ...": the name before
        # the aside is the subject
        subject, kind = r.coref.subject_before(aside, indexes.start, named_holders=True)
        rule = "subject before a 'while' aside"
    if doc.keys[at] == "according":
        subject, kind = _according_to(r, at + 2, indexes)
        if not subject:
            # "According to the ministry's press centre, X said ...": the source
            # relays; the report after it is X's (ANNOTATION.md, a relayed report)
            comma = index_of(doc.keys, ",", at + 2, indexes.stop)
            clause = range(comma + 1, indexes.stop)
            relayed = find_reporting_verb(r, clause) if len(clause) > 1 else None
            if relayed is not None:
                statement_in(r, s, clause, relayed, "relayed by 'according to'")
            return
    verb_end = at + length
    listeners: list[int] = []
    signing = _signs(doc.keys, verb)
    # the tokens of a list of signatories: a place in their titles ("the Ambassador
    # of Japan in Kenya") is no place of the signing, for the host
    signatories: range | None = None
    as_by = at > indexes.start and doc.keys[at - 1] == "as"  # "..., as noted by X."
    by = (
        verb_end
        if (passive or as_by) and verb_end < indexes.stop and doc.keys[verb_end] == "by"
        else None
    )
    if by is None and signing and passive:
        by = _signed_by(r, verb_end, indexes)
    if by is not None:
        # "The protocol was signed by A and B", "X was informed by Y": the agents
        # after "by" spoke; a named subject before the verb listened
        # (an agent named by a role phrase: "was praised by the ambassador")
        agents = _agents_after(r, by + 1, indexes.stop, signing=signing) or (
            r.coref.object_after(by + 1, indexes.stop, []) if not signing else []
        )
        if not agents:
            return  # an agent the text names but who is no official we know
        if kind in {"name", "role", "pronoun"}:
            listeners = [p for p in subject if p not in agents]
            if listeners and verb_keys[-1] in WELCOME_VERBS:
                return  # "X was welcomed by Y": a greeting, the meeting's (ANNOTATION.md)
        subject, kind, passive = agents, "name", False
        rule = "passive with its agents"
        if signing:
            signatories = range(by, _last_name_token(r, agents, by, indexes.stop) + 1)
        if act is Act.AGREE and r.state.meeting is not None and len(agents) == 1:
            # "The protocol was signed by X": the signatory was at the signing
            # being reported (ANNOTATION.md, signing ceremonies)
            r.join(r.state.meeting, agents)
    # (most verbs report no other's act: "said that ..." is looked at only there)
    inner = (
        _inner_report(r, verb_end, indexes, act)
        if act in _REPORT_ACTS and verb_end < indexes.stop and doc.keys[verb_end] == "that"
        else None
    )
    if inner is not None:
        # "The ministry informed that Virtanen expressed satisfaction ...",
        # "Lekhi said that both ministers agreed ...": the inner report counts
        at, length, act, subject, kind = inner
        verb_keys = doc.keys[at : at + length]
        passive = False
        rule = "report inside a report"
    if signing and not subject and kind in {"group", "thing"} and _pair_noun(r, at, indexes):
        # "Both government officials inked an agreement" with no meeting reported:
        # the pair named just before (ANNOTATION.md, "Groups")
        subject, kind = _pair_before(r, s, at), "name"
    elif signing and passive and kind in {"thing", "none"}:
        # "A declaration was signed between Morocco, Bahrain and Israel": the
        # officials of those countries named just before signed it, together
        between = _signed_between(r, s, verb_end, indexes)
        if between:
            subject, kind, passive, rule = between, "name", False, "signed between them"
    if kind in {"thing", "none"}:
        auxiliary = at if be is None else be
        if passive and auxiliary > indexes.start and doc.keys[auxiliary - 1] in {"that", "which"}:
            return  # "the frameworks that were agreed upon": a relative clause
        if passive or (act is Act.DISCUSS and kind == "none"):
            subject = r.state.participants()
            kind = "meeting"
            rule = "speakerless passive" if passive else "discussion without a subject"
        elif quoted and kind == "thing" and (report := _quoted_report(r, indexes, at)) is not None:
            # '"The parties confirmed ...," the ministry said': the ministry quotes
            # a report of the officials; that report counts
            statement_in(r, s, range(indexes.start, at), report, "quoted report")
            return
        elif _after_quote(r, at, indexes):
            # '"...," said Berg.' names the speaker after the verb; '"...," he
            # added.' is whoever spoke last
            subject = _inverted_subject(r, at + length, indexes)
            rule = "attribution after a quotation"
            if subject:
                kind = "name"  # the speaker named is the one "She" means next
            if not subject and not quoted and (opener := _opening_name(r, indexes, at)):
                # "Ambassador X, focusing on ..., said that": the official who opens
                # the sentence, before a participle phrase, speaks
                subject, rule = [opener], "subject before a participle phrase"
            subject = subject or r.state.quote_speaker or r.state.last_speakers
        elif closing := _closing_speaker(r, at, length, indexes):
            # "... only two have their own status said X to the press.": the
            # speaker named after the verb ends the sentence
            subject, kind, rule = closing, "name", "attribution closing the sentence"
        else:
            return
    elif kind == "meeting":
        covered = act in _REPORT_ACTS and _meeting_noun_before(r, at, indexes)
        if not passive and act is Act.SAY and covered:
            # "The meeting addressed ...": a meeting does not speak; what it covered
            # was discussed ("touched upon" stays inform, ANNOTATION.md)
            act = Act.DISCUSS
        rule = "what the meeting covered" if covered else "the meeting's participants"
        if not passive and act not in _MEETING_ACTS and not covered:
            return
    elif kind == "shared":
        kind = "name"
    elif (
        kind == "group"
        and r.state.meeting is not None
        and not _SIDES.isdisjoint(doc.keys[max(indexes.start, at - 2) : at])
    ):
        rule = "the sides"  # all the meeting's participants, those named later too
    if not subject:
        if signing and passive and kind == "meeting":
            # "The agreement was signed on Monday in Havana." with no meeting reported
            # yet: the signatories are named just after (``settle_meeting_speakers``)
            r.statements.append(
                StatementDraft(
                    [], act, doc.text(at, at + length - 1), s, None, [], None, _SIGNED_BEFORE
                )
            )
        return
    if passive and verb_keys[0] in {"information", "discussions", "an", "a"}:
        # "information was provided", "discussions were held": no grammatical subject
        subject, kind = r.state.participants(), "meeting"
    if passive and (kind in {"name", "role", "pronoun"} or (kind == "group" and act is Act.INFORM)):
        # "The ambassador was informed about ..." : the other side spoke; the
        # listener is still the last person the text talked about ("They were
        # introduced to ..." with everyone at the meeting: no one named is left)
        if len(subject) == 1:
            r.state.note_subject(subject[0])
        others = [p for p in r.state.participants() if p not in subject]
        if not others:
            return
        addressees = subject
        subject = others
        rule = "passive with the listener as subject"
    else:
        addressees = listeners or r.coref.object_after(at + length, indexes.stop, subject)
    discussed_with = False
    if kind == "pronoun" and act in _WITH_WHOM_ACTS:
        # "received Y, with whom he discussed ...": Y spoke too
        partners = _with_whom(r, at, indexes)
        if partners and not set(subject).isdisjoint(partners):
            # "had a meeting with his counterpart, Y, with whom he discussed ...": the
            # pronoun is not Y ("whom" is) but the official the clause opened with
            opener = next((r.owner[j] for j in range(indexes.start, at) if j in r.owner), None)
            subject = [opener] if opener is not None and opener not in partners else []
        if partners and subject:
            subject = [*subject, *(p for p in partners if p not in subject)]
            discussed_with, rule = True, "with whom"
            if act is Act.INFORM:
                act = Act.DISCUSS  # "with whom he spoke about ...": they talked
    if signing and kind == "name" and not passive and rule == "reporting verb":
        # "A, Minister of ..., and B, Ambassador of ..., signed the programme"
        found, first = _cosignatories(r, subject, at, indexes)
        if found:
            subject, rule, signatories = found, "co-signatories", range(first, at)
    # "agreed with Y to ...", "reached an agreement with Y": Y agreed too
    agreed_with = (
        act is Act.AGREE and at + length < indexes.stop and doc.keys[at + length] == "with"
    )
    if (
        ((act is Act.DISCUSS or signing) and len(subject) == 1) or agreed_with
    ) and kind != "meeting":
        # "discussed ... with Y": both spoke, and they met; "signed ... with Y": the
        # signatories met, and the signing is their agree (ANNOTATION.md)
        partner, named = _with_partner(r, at + length, indexes)
        if agreed_with and partner is not None and not _joint_purpose(r, partner, indexes):
            partner = None  # "A agreed with B and praised ...": A shares B's view
        if partner is not None and partner not in subject:
            # "held discussions with A, Ambassador of X, B, ..., and C": all of them
            partners = _listed_partners(r, named, indexes) if act is Act.DISCUSS else []
            subject = [*subject, partner, *(p for p in partners if p not in subject)]
            discussed_with = True
            rule = f"{verb_keys[-1]} with"
    if (
        act is Act.DISCUSS
        and len(subject) == 1
        and kind in {"name", "role", "pronoun"}
        and doc.keys[indexes.start] == "with"
        and not passive
    ):
        # "With the Speaker of the Assembly, the Director-General explored ...": the
        # partner the sentence opens with discussed too
        comma = index_of(doc.keys, ",", indexes.start, at)
        fronted, fronted_kind = (
            r.coref.subject_before(comma, indexes.start + 1) if comma < at else ([], "none")
        )
        if fronted_kind in {"name", "role"} and len(fronted) == 1 and fronted[0] not in subject:
            subject, discussed_with, rule = [*subject, fronted[0]], True, "with, before"
    if act in _JOINT_ACTS and kind in {"name", "role"} and len(subject) > 1:
        # signatories who sign together met, wherever the signing stands
        _joint_meeting(
            r,
            s,
            subject,
            (at, length),
            discussed_with=discussed_with or signing,
            text=None if signatories is None else _text_without(r, s, signatories),
        )
    if act is Act.EXPRESS and _thanks_first(doc.keys, at + length, indexes.stop):
        act = Act.THANK  # "expressed deep gratitude", "conveyed sincere thanks"
    elif act is Act.INFORM and verb_keys[0] in {"talked", "spoke"} and len(subject) > 1:
        act = Act.DISCUSS  # "the two talked about ...": a plural subject discusses
    content = (
        doc.body[doc.starts[min(at + length, indexes.stop - 1)] : doc.sentences[s].end].strip()
        or None
    )
    verb_text = doc.text(at, at + length - 1)
    if content == ":" and _quotation_follows(r, s):
        # "X said:" on a line of its own: the quotation's sentences after it are X's
        # statements, the line is none of its own
        r.state.last_speakers = r.state.quote_speaker = list(subject)
    elif not (act is Act.EXPRESS and _welcomes_a_person(r, verb_keys, at + length, indexes)):
        r.add(s, subject, act, verb=verb_text, content=content, addressees=addressees, rule=rule)
    elif (following := _coordinated_verb(r, at + length, indexes)) is not None:
        # "X welcomed Y and emphasised ...": the statement takes the next verb's act
        # (ANNOTATION.md, "Greeting a person")
        r.add(
            s,
            subject,
            following[2],
            verb=doc.text(following[0], following[0] + following[1] - 1),
            content=content,
            rule="a greeting, then a reporting verb",
        )
    _note_speakers(r, subject, kind, (at, length), indexes, passive=passive, quoted=quoted)


def _meeting_topic(r: Discourse, s: int, indexes: range) -> bool:
    """ "The (main) topic of the (working) meeting was ...": what the meeting being
    reported covered, discussed by its participants (as "the talks focused on").
    Whether the sentence opens so; its statement is then proposed.

    Grammar: ["the"] [one word] AGENDA-NOUN "of" ["the"] [up to two words]
    MEETING-NOUN ("was" | "were").
    """
    keys = r.doc.keys
    j = indexes.start + (keys[indexes.start] == "the")
    if keys[j] not in _AGENDA_NOUNS:
        j += 1  # ("main", "key")
    if j + 3 >= indexes.stop or keys[j] not in _AGENDA_NOUNS or keys[j + 1] != "of":
        return False
    for k in range(j + 2, min(j + 6, indexes.stop - 1)):
        if keys[k] in _MEETING_HEADS and keys[k + 1] in {"was", "were"}:
            r.add(
                s,
                r.state.participants(),
                Act.DISCUSS,
                verb=r.doc.text(indexes.start, k + 1),
                content=r.doc.text(k + 2, indexes.stop - 1),
                rule="what the meeting covered",
            )
            return True
        if not keys[k].isalpha() or keys[k] in _AGENDA_STOPS:
            return False
    return False


# "the topic of the meeting was": the meeting nouns that may head it, and the words
# that end the phrase before one ("the topic of cooperation with X was")
_AGENDA_NOUNS = word_list("agenda_nouns")
_MEETING_HEADS = MEETING_NOUNS - {"it", "sides"}
_AGENDA_STOPS = frozenset({"with", "between", "and", "by", "on", "in", "of"})


def _quotation_follows(r: Discourse, s: int) -> bool:
    """Whether the sentence after *s* opens with a quotation mark."""
    doc = r.doc
    if s + 1 >= len(doc.sentences):
        return False
    return doc.sentences[s + 1].text.lstrip()[:1] in {'"', "“", "«", "'", "‘"}


def _meeting_participle(r: Discourse, s: int, indexes: range) -> None:
    """ "X held a meeting with Y on Monday, discussing ways to ...": a participle of
    discussion after a comma in the sentence that opened the meeting is the
    participants' discuss (as "met Y and discussed" is both officials')."""
    keys = r.doc.keys
    for j in range(indexes.start + 2, indexes.stop):
        if keys[j] in _DISCUSSION_PARTICIPLES and keys[j - 1] == "," and not r.inside_quote[j]:
            r.add(
                s,
                r.state.participants(),
                Act.DISCUSS,
                verb=r.doc.words[j],
                rule="the meeting's participants",
            )
            return


def _joint_meeting(
    r: Discourse,
    s: int,
    subject: list[int],
    verb: tuple[int, int],
    *,
    discussed_with: bool,
    text: str | None = None,
) -> None:
    """The meeting of a joint report by several officials ("A and B discussed ..."),
    unless it is one already reported; *verb* is the report's (token, length), *text*
    what of the sentence may say where it was held (else all of it)."""
    doc = r.doc
    at, length = verb
    known = r.state.meeting is not None and set(subject) <= set(r.state.participants())
    # "A and B have exchanged views" opens the article's first meeting;
    # "X discussed ... with Y" is a meeting wherever it stands; so is a pair of
    # officials of two states none of whom is at the meeting being reported ("During
    # a visit in 2022, President A and Emir B discussed ...": an earlier meeting)
    if (
        not known
        and (discussed_with or r.state.meeting is None or _another_pair(r, subject))
        and not any(set(subject) <= set(m.participants) for m in r.meetings)
    ):
        host, explicit = host_of(
            r, "joint", [], [], subject, text=doc.sentences[s].text if text is None else text
        )
        r.open_meeting(
            list(subject),
            s,
            host,
            r.date_of(s),
            explicit=explicit,
            rule="joint report",
            trigger=doc.text(at, at + length - 1),
        )
        # "A and B signed ... in the presence of C": C joins the meeting opened here
        # (the meeting rules read the sentence before the meeting was open)
        sentence = doc.sentence_tokens(s)
        keys = doc.keys
        if "presence" in keys[sentence.start : sentence.stop]:
            p = index_of(keys, "presence", sentence.start, sentence.stop)
            if keys[p - 2 : p] == ("in", "the") and p + 1 < sentence.stop and keys[p + 1] == "of":
                attend(r, s, p - 2, p + 2, sentence)


def _another_pair(r: Discourse, subject: list[int]) -> bool:
    """Whether *subject* is two officials of two different states, neither of them at
    the meeting being reported."""
    if len(subject) != 2 or not set(subject).isdisjoint(r.state.participants()):
        return False
    first, second = (r.people[p].country for p in subject)
    return first is not None and second is not None and first != second


def _note_speakers(
    r: Discourse,
    subject: list[int],
    kind: str,
    verb: tuple[int, int],
    indexes: range,
    *,
    passive: bool,
    quoted: bool,
) -> None:
    """What a statement tells the discourse: the subject's pronoun, the last subject
    (not a passive's), and the speaker of a quotation."""
    doc = r.doc
    at, length = verb
    if kind in {"name", "role"} and len(subject) == 1:
        # the subject's own pronouns: before the verb ("X, who is paying her first
        # visit, recalled"), or a possessive right after it before its noun ("her
        # own", "his commitment"; not "thanked her for ...", where "her" is the object)
        after = doc.keys[at + length : at + length + 2]
        own = (
            len(after) == 2
            and after[0] in {"her", "his"}
            and after[1].isalpha()
            and after[1] not in _NOT_POSSESSED
        )
        r.coref.note_gender(subject[0], range(indexes.start, at + length + (1 if own else 0)))
    if kind in {"name", "role", "pronoun"} and not passive:
        if len(subject) == 1:
            r.state.last_single = subject[0]
            r.state.note_subject(subject[0])
        r.state.last_subject = subject
    elif kind == "group" and len(subject) > 1 and not passive:
        r.state.last_subject = subject  # "The two officials": whom a "They" after means
    if quoted:
        r.state.quote_speaker = subject


def _without_verb(r: Discourse, s: int, indexes: range, *, quoted: bool) -> None:
    """The statement of sentence *s*, which has no reporting verb: a quotation is the
    last speaker's (or the speaker named after it); a paragraph of reported speech
    that lost its quotation marks is the speaker's its paragraph ends with."""
    doc = r.doc
    if not quoted:
        _note_bare_subject(r, indexes)
    if (
        r.state.meeting is not None
        and "with" in doc.keys[indexes.start : indexes.stop]
        and _with_group_participle(r, s, indexes)
    ):
        return
    if quoted and _mostly_quoted(r, indexes) and not _quoted_names(r, indexes):
        speakers = _quote_speaker_ahead(r, s) or r.state.quote_speaker or r.state.last_speakers
        if speakers:
            r.add(s, list(speakers), Act.SAY, rule="quotation")
    elif any(map(str.islower, doc.words[indexes.start : indexes.stop])):
        # reported speech that lost its quotation marks: the paragraph ends
        # "..., Giansanti said", so what comes before it is his too (a
        # dateline, "BAKU, Azerbaijan, June 20.", has no lower-case word)
        speakers = (
            _quote_speaker_ahead(r, s, trailing=True)
            if _opens_paragraph(r, s) and not _reports_a_meeting(r, s)
            else []
        )
        if speakers:
            r.add(s, list(speakers), Act.SAY, rule="reported speech")
        elif not quoted and (speakers := _said_after(r, s)):
            r.add(s, speakers, Act.SAY, rule="reported speech, then 'this is what X said'")


def _reports_a_meeting(r: Discourse, s: int) -> bool:
    """Whether sentence *s* opened the meeting being reported ("X received Y on
    Monday."): a report of the meeting, not reported speech that lost its quotes."""
    current = r.state.meeting
    return current is not None and r.meetings[current].sentence == s


# "This is what X said", "That was what X told ...": a report pointing back
# (led by the literal "Th", which re scans for at C speed; a token's start is checked after)
_POINTING_BACK_TEXT = re.compile(r"Th(?:is|at) (?:is|was)\b")


def _said_after(r: Discourse, s: int) -> list[int]:
    """The speaker of a report that points back at sentence *s* from one of the two
    sentences after it in its paragraph, with no report between: "Culture is a
    priority. This is what President X said after ...", "... This was stated by X."."""
    doc = r.doc
    keys = doc.keys
    if r.points_back is None:
        # (once per text, found at C speed: most texts hold no such sentence)
        opening: set[int] = set()
        for match in _POINTING_BACK_TEXT.finditer(doc.body):
            j = bisect_left(doc.starts, match.start())
            opener = doc.sentence_of(j)
            if (
                doc.sentence_starts[opener] == j
                and doc.starts[j] == match.start()
                and doc.sentence_stops[opener] - j > 3
            ):
                opening.add(opener)
        r.points_back = frozenset(opening)
    if not r.points_back:
        return []
    t = next((t for t in (s + 1, s + 2) if t in r.points_back), None)
    if t is None:
        return []
    between = doc.body[doc.sentences[s].end : doc.sentences[t].start]
    if (
        "\n" in between
        or "\r" in between
        or (t > s + 1 and reporting_verb(r, s + 1, doc.sentence_tokens(s + 1)))
    ):
        return []  # a paragraph break or another report between
    indexes = doc.sentence_tokens(t)
    verb = reporting_verb(r, t, indexes)
    if verb is None:
        return []
    start, after = indexes.start, verb[0] + verb[1]
    if keys[start + 2] == "what" and verb[2] is Act.SAY:
        subject, kind = r.coref.subject_before(verb[0], start + 3)
        return subject if kind in {"name", "role"} else []
    if verb[0] == start + 2 and after < indexes.stop and keys[after] == "by":
        return _agents_after(r, after + 1, indexes.stop)  # "This was stated by X"
    return []


def _with_group_participle(r: Discourse, s: int, indexes: range) -> bool:
    """ "The meeting concluded with both parties stressing the importance of ...": a
    reporting verb's participle after "with" and a group ("both sides", "the two
    ministers") is the group's act, read as its past form ("stressed"); whether one was."""
    doc = r.doc
    keys, words = doc.keys, doc.words
    start, stop = indexes.start, indexes.stop - 1
    # (the "with"s picked out at C speed: most sentences hold one or none)
    for w in itertools.compress(range(start, stop), map("with".__eq__, keys[start:stop])):
        # "with both parties stressing": a group noun, then a participle
        j = next(
            (
                k
                for k in range(w + 1, min(w + 4, stop))
                if keys[k] in _GROUP_NOUNS and words[k + 1].endswith("ing")
            ),
            stop,
        )
        word = words[j + 1] if j < stop else ""
        if not word.islower() or r.inside_quote[j]:
            continue
        stem, rest = word[:-3], keys[j + 2 : min(j + 5, indexes.stop)]
        for past in (stem + "ed", stem + "d", stem[:-1] + "ed"):
            found = doc.lex.verbs.match([past, *rest], 0)
            if found is not None:
                group = r.state.group()
                verb = doc.text(j + 1, j + found[0])
                r.add(s, group, found[1], verb=verb, rule="a participle after 'with' a group")
                return True
        return False
    return False


def _thanks_first(keys: Sequence[str], first: int, stop: int) -> bool:
    """Whether thanks are what is expressed from token *first*: "expressed deep
    gratitude", not "expressed satisfaction and gratitude" (the first noun's act)."""
    for token_key in keys[first : min(first + 3, stop)]:
        if token_key in _THANK_NOUNS:
            return True
        if token_key in {"and", ",", "or"}:
            return False
    return False


def _quoted_names(r: Discourse, indexes: range) -> bool:
    """Whether the quoted words of the sentence are titles, not speech: no lower-case
    word of four letters or more ('launched “Nordic Film Home,” “Museums For All”
    and “Open Archives Now” campaigns')."""
    words, inside = r.doc.words, r.inside_quote
    return not any(
        inside[j] and len(words[j]) > 3 and words[j].isalpha() and words[j].islower()
        for j in indexes
    )


def _note_bare_subject(r: Discourse, indexes: range) -> None:
    """ "Culture Minister X arrived in Rome. She proposed ...": an official named at
    the start of a sentence with no reporting verb, over a title, and followed by a
    lower-case word (its verb), is the subject a pronoun after it may mean."""
    doc = r.doc
    after = doc.keys[indexes.stop : indexes.stop + 12]  # (the next sentence's opening)
    if "he" not in after and "she" not in after:
        return
    k = bisect_left(r.owned, indexes.start)
    if k >= len(r.owned) or r.owned[k] >= indexes.start + 16:
        return
    first = r.owned[k]
    person = r.owner[first]
    # "On Wednesday, June 8, X attended ...": an opening phrase set off by a comma
    opening = next(
        (j + 1 for j in range(first - 1, indexes.start - 1, -1) if doc.keys[j] == ","),
        indexes.start,
    )
    if first >= opening + 6:  # (a title's words before)
        return
    if any(not doc.words[j][:1].isupper() for j in range(opening, first)):
        return
    last = first
    while last + 1 < indexes.stop and r.owner.get(last + 1) == person:
        last += 1
    if last + 1 < indexes.stop and doc.words[last + 1][:1].islower():
        r.state.last_single = person
        r.state.note_subject(person)


def _meeting_noun_before(r: Discourse, verb: int, indexes: range) -> bool:
    """Whether the subject right before *verb* is a meeting noun ("the talks"), not "it"."""
    keys = r.doc.keys
    j = verb - 1
    while j > indexes.start and (keys[j] in ADVERBS or is_ly_adverb(r.doc.words[j])):
        j -= 1
    # ("which" stands for a meeting noun before it: subject_before says so)
    return (keys[j] in MEETING_NOUNS and keys[j] not in {"it", "sides"}) or keys[j] == "which"


def _be_before(r: Discourse, verb: int, floor: int) -> int | None:
    """The "was", "were", "been", "be", "is" or "are" that makes *verb* a passive
    participle, adverbs allowed between ("was also commended"), else ``None``."""
    keys = r.doc.keys
    j = verb - 1
    while j > floor and (
        (keys[j] in ADVERBS and keys[j] not in {"has", "have", "had"})
        or is_ly_adverb(r.doc.words[j])
    ):
        j -= 1
    if floor <= j < verb and keys[j] in {"was", "were", "been", "be", "is", "are"}:
        return j
    return None


def _coordinated_verb(r: Discourse, after: int, indexes: range) -> tuple[int, int, Act] | None:
    """The reporting verb joined by "and" to the verb that ends at *after*
    ("welcomed the guest and noted ..."), or a reporting participle after a comma
    ("welcomed the guest, saying ..."), else ``None``."""
    keys = r.doc.keys
    found = find_reporting_verb(r, range(after, indexes.stop))
    if found is not None:
        j = found[0] - 1
        while j > after and (keys[j] in ADVERBS or is_ly_adverb(r.doc.words[j])):
            j -= 1
        if keys[j] == "and":
            return found
    # "welcomed the guest, saying ...": the participle after the greeting's comma,
    # or one that opens what was said ("welcomed Y saying, '...'", "saying that")
    stop = indexes.stop if found is None else found[0]
    for j in range(after + 1, stop):
        if r.inside_quote[j]:
            continue
        for words in ((keys[j],), tuple(keys[j : j + 2])):
            act = _REPORT_PARTICIPLES.get(words)
            if act is not None and (
                keys[j - 1] == ","
                or (j + len(words) < indexes.stop and keys[j + len(words)] in _OPENS_WHAT_WAS_SAID)
            ):
                return j, len(words), act
    return None


def _purpose_head(r: Discourse, verb: int, floor: int) -> int | None:
    """The light verb whose purpose infinitive *verb* is, else ``None``.

    "He seized the opportunity of this meeting to express thanks": the act is
    that of "express", the subject that of "seized" (ANNOTATION.md).
    """
    keys = r.doc.keys
    if verb - 2 > floor and keys[verb - 2] == "to" and is_ly_adverb(r.doc.words[verb - 1]):
        verb -= 1  # "took the opportunity to personally invite"
    if verb - 1 <= floor or keys[verb - 1] != "to":
        return None
    for k in range(verb - 2, max(floor, verb - 12) - 1, -1):
        if keys[k] in _OPPORTUNITY_NOUNS:
            for m in range(k - 1, max(floor, k - 4) - 1, -1):
                if keys[m] in _LIGHT_VERBS:
                    return m
            return None
        if keys[k] in {".", ";", ":"}:
            return None
    return None


def _agents_after(r: Discourse, first: int, stop: int, *, signing: bool = False) -> list[int]:
    """The officials named as agents from token *first* (right after a passive's "by").

    Of a *signing*, the titles may hold a place and a bracket ("President of the
    Council in Iran (CIR) X") and the signatories sides ("X and on behalf of B by Y").
    """
    doc = r.doc
    found: list[int] = []
    j = first
    while j < stop:
        person = r.owner.get(j)
        if person is not None:
            if found and not signing and doc.keys[j] == "to" and person not in found:
                break  # "was emphasised by X to Y": Y listened
            if person not in found:
                found.append(person)
        elif signing and (close := _aside_close(r, j, stop)) is not None:
            j = close  # "A, on a visit to Israel, and B": past the aside after A's name
        elif not (
            doc.keys[j] in _AGENT_JOINERS
            or doc.words[j][:1].isupper()
            or (signing and _signatory_word(r, j, stop))
            or (doc.keys[j] == "." and _abbreviation(r, j - 1))  # "A, Jr., Chairman of ..."
        ):
            break
        j += 1
    return found


def _aside_close(r: Discourse, j: int, stop: int) -> int | None:
    """The comma that closes an aside opening at token *j* right after a name and a
    comma ("A, on a visit to Israel, and B signed"), before *stop*; else ``None``."""
    keys = r.doc.keys
    if keys[j] not in ASIDE_OPENERS or j < 2 or keys[j - 1] != "," or j - 2 not in r.owner:
        return None
    close = index_of(keys, ",", j + 1, min(stop, j + 10))
    return close if close < min(stop, j + 10) else None


def _abbreviation(r: Discourse, j: int) -> bool:
    """Whether token *j*, before a full stop inside a sentence, ends a name or is a short
    capitalised abbreviation ("Jr", "Mr", "E" of "H.E.")."""
    word = r.doc.words[j]
    return j in r.owner or (len(word) <= 3 and word[:1].isupper())


def _signatory_word(r: Discourse, j: int, stop: int) -> bool:
    """Whether token *j*, lower-case and no agent joiner, may stand in a list of
    signatories: "in Iran", "at the Ministry", "Maldives' Minister", "to Italy", "(UNESCO)",
    "on behalf of", "Jr."."""
    keys, words = r.doc.keys, r.doc.words
    if keys[j] in _SIGNATORY_PLACES:
        # ("at the Ministry of Culture", "in the Sultanate of Oman")
        after = j + 2 if j + 2 < stop and keys[j + 1] == "the" else j + 1
        return after < stop and words[after][:1].isupper()
    if keys[j] in _APOSTROPHES:
        return words[j - 1][:1].isupper() and j + 1 < stop and words[j + 1][:1].isupper()
    if keys[j] == ".":
        # the period of an abbreviation after a name ("A, Jr., Chairman of ...")
        before = r.doc.words[j - 1]
        return before[:1].isupper() and len(before) <= 3
    return keys[j] in _SIGNATORY_JOINERS


def _signed_by(r: Discourse, after: int, indexes: range) -> int | None:
    """The "by" of a passive signing that a time or a place separates from its verb
    ("The agreement was signed in Rome on Monday by A and B"), when the subject is a
    document and officials follow the "by"; else ``None``."""
    keys = r.doc.keys
    if _SIGNED_DOCUMENTS.isdisjoint(keys[indexes.start : after]):
        return None
    between = False  # ("signed between Chile and Peru on Monday by A and B")
    for j in range(after, min(after + 12, indexes.stop)):
        if keys[j] == "by":
            return j if _agents_after(r, j + 1, indexes.stop, signing=True) else None
        between = between or keys[j] == "between"
        if (keys[j] in _CLAUSE_ENDS and not (between and keys[j] == "and")) or r.owner.get(
            j
        ) is not None:
            return None
    return None


def _signed_between(r: Discourse, s: int, after: int, indexes: range) -> list[int]:
    """The signatories of "was signed (in Rome) between A, B and C": the officials
    named there, or, where A, B and C are countries, the one official of each named
    in the meeting being reported or in the two sentences before and this one; no
    one unless each country has one ("between the two countries" names none)."""
    doc = r.doc
    keys = doc.keys
    start = next(
        (j + 1 for j in range(after, min(after + 8, indexes.stop)) if keys[j] == "between"), None
    )
    if start is None:
        return []
    named = _agents_after(r, start, indexes.stop, signing=True)
    if len(named) > 1:
        return named  # "between Minister X and his counterpart Y"
    codes: list[str] = []
    first = start
    for j in range(start, indexes.stop + 1):
        if j < indexes.stop and keys[j] not in {",", "and", ".", ";"}:
            continue
        while first < j and keys[first] == "the":
            first += 1
        code = r.place_code(doc.text(first, j - 1)) if first < j else None
        if code is None:
            return []
        codes.append(code)
        if j == indexes.stop or keys[j] in {".", ";"}:
            break
        first = j + 1
    near = r.mentions.people_in(doc.sentence_tokens(max(0, s - 2)).start, after)
    found: list[int] = []
    for code in dict.fromkeys(codes):
        of_country = [p for p in (*r.state.participants(), *near) if r.people[p].country == code]
        if len(set(of_country)) != 1:
            return []
        found.append(of_country[0])
    return found if len(found) > 1 else []


def _pair_noun(r: Discourse, verb: int, indexes: range) -> bool:
    """Whether a group noun after "both" or "the two" is the subject before *verb*
    ("both government officials also signed"), not a noun after "of" ("experts of
    both sides")."""
    keys = r.doc.keys
    j = verb - 1
    while j > indexes.start and (keys[j] in ADVERBS or is_ly_adverb(r.doc.words[j])):
        j -= 1
    if keys[j] not in _GROUP_NOUNS:
        return False
    for k in range(j - 1, max(indexes.start, j - 4) - 1, -1):
        if keys[k] in _PAIR_WORDS:
            # "experts of both sides": the head is "experts", no pair
            before = k - 2 if k - 1 >= indexes.start and keys[k - 1] == "the" else k - 1
            return before < indexes.start or keys[before] != "of"
    return False


def _pair_before(r: Discourse, s: int, verb: int) -> list[int]:
    """The two officials named in the two sentences before sentence *s* and in it
    before *verb*, when they are two; else no one."""
    first = r.doc.sentence_tokens(max(0, s - 2)).start
    found = r.mentions.people_in(first, verb - 1)
    return found if len(found) == 2 else []


def _cosignatories(
    r: Discourse, subject: list[int], verb: int, indexes: range
) -> tuple[list[int], int]:
    """Every official of a list of signatories that ends right before *verb* and holds
    *subject* and someone else: "A, Minister of Culture of Ghana, and the Ambassador of
    Brazil in Ghana, B, (also) signed a memorandum", and the list's first token; else
    no one.

    Only a document signed after the verb ("a memorandum") makes it a signing.
    """
    doc = r.doc
    keys = doc.keys
    if _SIGNED_DOCUMENTS.isdisjoint(keys[verb : min(verb + 10, indexes.stop)]):
        return [], verb
    j = verb - 1
    while j > indexes.start and (keys[j] in ADVERBS or is_ly_adverb(doc.words[j])):
        j -= 1
    while j >= indexes.start:
        if not (
            j in r.owner
            or keys[j] in _AGENT_JOINERS
            or doc.words[j][:1].isupper()
            or _signatory_word(r, j, verb)
            or (keys[j] == "." and _abbreviation(r, j - 1))
        ):
            # "A, on a visit to Israel, and B signed": back over the aside after A
            opener = index_back(keys, ",", j, max(indexes.start, j - 9)) + 1
            if _aside_close(r, opener, verb) is None:
                break
            j = opener
        j -= 1
    found = _agents_after(r, j + 1, verb, signing=True)
    if len(found) > len(subject) and set(subject) <= set(found):
        return found, j + 1
    return [], verb


def _last_name_token(r: Discourse, people: list[int], first: int, stop: int) -> int:
    """The last token from *first* (before *stop*) of a name of one of *people*."""
    last = first
    for j in range(first, stop):
        if r.owner.get(j) in people:
            last = j
    return last


def _text_without(r: Discourse, s: int, span: range) -> str:
    """The text of sentence *s* without its tokens *span*."""
    doc = r.doc
    sentence = doc.sentences[s]
    before = doc.body[sentence.start : doc.starts[span.start]]
    return before + " " + doc.body[doc.ends[span.stop - 1] : sentence.end]


def _welcomes_a_person(r: Discourse, verb_keys: Sequence[str], after: int, indexes: range) -> bool:
    """Whether "welcomed" takes a named person: "X welcomed H.E. Mr. Y, Minister of ...".

    Welcoming a person is the meeting, not a statement (ANNOTATION.md: welcomed
    an idea is ``express``); "welcomed Minister Y's visit" welcomes the visit.
    Only capitalised words (titles, honorifics) and stops may come before the name.
    """
    if verb_keys[-1] not in WELCOME_VERBS:
        return False
    doc = r.doc
    for j in range(after, min(after + 8, indexes.stop)):
        person = r.owner.get(j)
        if person is not None:
            last = j  # the name's last token, which a possessive ends
            while last + 1 < indexes.stop and r.owner.get(last + 1) == person:
                last += 1
            return not doc.words[last].endswith(("'s", "’s"))
        word = doc.words[j]
        if doc.keys[j] in ROLE_OR_GUEST_NOUNS or doc.keys[j] in _UNNAMED_PARTIES:
            # "welcomed the minister" is a person ("the minister's visit" is not)
            return not word.endswith(("'s", "’s"))
        if not (word[:1].isupper() or word in {".", "the", "a", "an"}):
            return False  # ("welcomed a delegation" is a person, by its noun above)
    return False


def _according_to(r: Discourse, first: int, indexes: range) -> tuple[list[int], str]:
    """Who "according to X," names: a name, a role phrase or a pronoun."""
    doc = r.doc
    words: list[str] = []
    for j in range(first, min(first + 12, indexes.stop)):
        if j in r.owner:
            return [r.owner[j]], "name"
        token_key = doc.keys[j]
        if token_key in {",", ";", ":"}:
            break
        if token_key in {"him", "her"}:
            return r.coref.pronoun("she" if token_key == "her" else "he"), "pronoun"
        words.append(token_key)
    found = r.roles.resolve_role(words, first) if words else None
    return (found, "role") if found else ([], "thing")


def _quote_speaker_ahead(r: Discourse, s: int, *, trailing: bool = False) -> list[int]:
    """The speaker named later in the same paragraph: ``"...," the ambassador said.``

    With *trailing*, only an attribution after a comma counts ("..., X said").
    """
    doc = r.doc
    # a quotation rarely runs past a few sentences: a bounded look keeps it linear
    for t in range(s + 1, min(len(doc.sentences), s + 8)):
        between = doc.body[doc.sentences[t - 1].end : doc.sentences[t].start]
        if "\n" in between or "\r" in between:
            return []
        indexes = doc.sentence_tokens(t)
        verb = reporting_verb(r, t, indexes)
        if verb is not None:
            if trailing and (
                verb[2] is not Act.SAY
                or not _after_comma_clause(r, verb[0], indexes)
                # "..., Giansanti said in his meeting" closes reported speech; "At
                # the meeting, Berg said that ..." reports content of its own
                or doc.keys[indexes.start] in ASIDE_OPENERS
                or doc.keys[min(verb[0] + verb[1], indexes.stop - 1)] == "that"
            ):
                return []
            subject, kind = r.coref.subject_before(verb[0], indexes.start)
            if kind in {"thing", "none"} and _after_quote(r, verb[0], indexes):
                return _inverted_subject(r, verb[0] + verb[1], indexes)
            return subject if kind in {"name", "role", "pronoun"} else []
    return []


def _quoted_report(r: Discourse, indexes: range, stop: int) -> tuple[int, int, Act] | None:
    """The first reporting verb inside the quotation before token *stop* whose
    subject is an official, a role phrase or a group: ``(token, length, act)``."""
    doc = r.doc
    for j in range(indexes.start, stop):
        if not r.inside_quote[j] or doc.keys[j] not in r.verb_starts:
            continue
        found = doc.lex.verbs.match(doc.keys, j)
        if found is None or doc.words[j][:1].isupper():
            continue
        _, kind = r.coref.subject_before(j, indexes.start)
        if kind in {"name", "role", "group"}:
            return j, found[0], found[1]
        return None
    return None


# what may follow a speaker named after the verb at a sentence's end ("said X to the press")
_AUDIENCES = frozenset(
    {("to", "the", "press"), ("to", "reporters"), ("to", "journalists"), ("to", "the", "media")}
)


def _closing_speaker(r: Discourse, at: int, length: int, indexes: range) -> list[int]:
    """The speaker after a reporting verb that closes a sentence with no comma or
    quotation mark before it: "... have their own status said X (to the press).",
    "... was fruitful said the minister of state."; else ``[]``."""
    keys = r.doc.keys
    after, stop = at + length, indexes.stop
    if keys[stop - 1] in {".", "!"}:
        stop -= 1
    if at - indexes.start < 4 or not 0 < stop - after <= 8:
        return []  # a report needs words before it; a speaker, a few after
    for audience in _AUDIENCES:
        if tuple(keys[stop - len(audience) : stop]) == audience:
            stop -= len(audience)
            break
    if stop <= after or not all(
        j in r.owner or keys[j] in {"the", "of", "state"} or keys[j] in ROLE_OR_GUEST_NOUNS
        for j in range(after, stop)
    ):
        return []
    return r.coref.object_after(after, stop, [])


def _inverted_subject(r: Discourse, after: int, indexes: range) -> list[int]:
    """The speaker named right after a reporting verb that follows a quotation:
    '"...," said Berg.', '"...," underlined the ambassador, adding ...'."""
    doc = r.doc
    stop = min(indexes.stop, after + 8)
    end = after
    while end < stop and doc.keys[end] not in {",", ".", ";", ":", "that", "on", "in"}:
        end += 1
    last = r.state.last_speakers
    if (
        end == after + 2
        and doc.keys[after] == "the"
        and len(last) == 1
        and r.people[last[0]].role in ROLE_NOUNS.get(doc.keys[after + 1], ())
    ):
        # '..., said the minister, adding ...' right after the minister's report: the
        # speaker goes on (a bare office held by both sides would be the host's)
        return list(last)
    return r.coref.object_after(after, end, []) if end > after else []


def _inner_report(
    r: Discourse, after: int, indexes: range, act: Act
) -> tuple[int, int, Act, list[int], str] | None:
    """ "X said that Y agreed ...": Y's act, when Y are officials (ANNOTATION.md)."""
    doc = r.doc
    if act not in _REPORT_ACTS or after >= indexes.stop or doc.keys[after] != "that":
        return None
    for j in range(after + 1, min(indexes.stop, after + 14)):
        found = doc.lex.verbs.match(doc.keys, j)
        if found is None or doc.words[j][:1].isupper():
            continue
        if doc.keys[j - 1] in _MODALS:
            return None
        subject, kind = r.coref.subject_before(j, after + 1)
        if kind in {"name", "role", "group"} and subject:
            return j, found[0], found[1], subject, kind
        return None
    return None


def _opens_paragraph(r: Discourse, s: int) -> bool:
    doc = r.doc
    if s == 0:
        return True
    between = doc.body[doc.sentences[s - 1].end : doc.sentences[s].start]
    return "\n" in between or "\r" in between


def _after_comma_clause(r: Discourse, verb: int, indexes: range) -> bool:
    """Whether the subject before *verb* follows a comma: "..., Giansanti said"."""
    doc = r.doc
    j = verb - 1
    while j > indexes.start and (j in r.owner or doc.keys[j] in {"the", "he", "she"}):
        j -= 1
    return j > indexes.start and doc.keys[j] in {",", '"', "”"} and j < verb - 1


def _opening_name(r: Discourse, indexes: range, verb: int) -> int | None:
    """The official whose name (with its title) opens the sentence and is followed by a
    lower-case participle or a comma before *verb*: "Ambassador X focusing on ...,"."""
    person = r.owner.get(indexes.start)
    if person is None:
        return None
    j = indexes.start
    while j < verb and r.owner.get(j) == person:
        j += 1
    word = r.doc.words[j]
    return person if j < verb and (word == "," or word.endswith("ing")) else None


def _after_quote(r: Discourse, at: int, indexes: range) -> bool:
    doc = r.doc
    return at - 2 >= indexes.start and doc.words[at - 1] in {",", '"', "”"}


def _mostly_quoted(r: Discourse, indexes: range) -> bool:
    # the words counted at C speed (True counts 1)
    words = sum(map(str.isalpha, r.doc.words[indexes.start : indexes.stop]))
    if not words:
        return False
    # the quoted words are listed in order: those of the sentence by bisection
    quoted = r.quoted_words
    inside = bisect_left(quoted, indexes.stop) - bisect_left(quoted, indexes.start)
    return inside * 2 >= words


def _with_whom(r: Discourse, at: int, indexes: range) -> list[int]:
    """The officials named right before ", with whom <pronoun> <verb at *at*>", else
    ``[]``: "received Ambassador Y, with whom she discussed ..." is Y; "received the
    ambassadors Y and Z, with whom he spoke ..." are Y and Z."""
    keys, owner = r.doc.keys, r.owner
    k = at - 2  # the pronoun stands at at - 1 (an adverb may follow it)
    while k > at - 4 and k > indexes.start and keys[k] != "whom":
        k -= 1
    if k - 3 < indexes.start or keys[k] != "whom" or keys[k - 1] != "with":
        return []
    if keys[k - 2] == ",":
        k -= 1
    j = k - 2
    found: list[int] = []
    while j in owner and len(found) < 4:
        found.append(owner[j])
        while j > indexes.start and owner.get(j) == found[-1]:
            j -= 1  # back over the name (and its title)
        if keys[j] == "and" and j - 1 in owner:
            j -= 1  # "Y and Z, with whom"
        elif not (keys[j + 1] == "and" and j in owner):  # (an "and" Z's title took)
            break
    return found


def _joint_purpose(r: Discourse, partner: int, indexes: range) -> bool:
    """Whether "to" or "on" follows the name of *partner* (and a comma): "agreed with
    Y to expand ...", "reached an agreement with Y, on ...", an agreement of both."""
    keys, owner = r.doc.keys, r.owner
    k = next((j for j in range(indexes.start, indexes.stop) if owner.get(j) == partner), None)
    if k is None:
        return False
    while k < indexes.stop and owner.get(k) == partner:
        k += 1
    if k < indexes.stop and keys[k] == ",":
        k += 1
    return k < indexes.stop and keys[k] in {"to", "on"}


def _with_partner(r: Discourse, first: int, indexes: range) -> tuple[int | None, int]:
    """The official named after the first "with" from token *first*, and the token
    that names them; else ``(None, first)``."""
    doc = r.doc
    for j in range(first, indexes.stop):
        if doc.keys[j] == "with":
            for k in range(j + 1, min(j + 16, indexes.stop)):
                if k in r.owner:
                    return r.owner[k], k
                if doc.keys[k] == "." or (
                    # "with Ambassador of Pakistan to Damascus, Shahid Akhtar": a
                    # comma between a title and its name goes on to the name
                    doc.keys[k] == "," and k + 1 not in r.name_start
                ):
                    break
            return None, first
    return None, first


def _listed_partners(r: Discourse, named: int, indexes: range) -> list[int]:
    """The officials a list of partners names from token *named* on ("with A, U.S.
    Ambassador to Kenya, B, Ambassador of Qatar, and C"), titles between them; none
    when the list runs into a verb ("with A, and B stressed ...": B's own clause)."""
    found = _agents_after(r, named, indexes.stop, signing=True)
    if len(found) < 2:
        return []
    last = _last_name_token(r, found, named, indexes.stop)
    following = last + 1
    while following < indexes.stop and following in r.owner:
        following += 1
    if following < indexes.stop and r.doc.keys[following] in r.verb_starts:
        return []
    return found


def reporting_verb(r: Discourse, s: int, indexes: range) -> tuple[int, int, Act] | None:
    """The sentence's main reporting verb: ``(token, length, act)``."""
    # asked again for the sentences after a quotation: the answer depends on the
    # sentence alone, so it is kept
    if s not in r.verb_of:
        r.verb_of[s] = find_reporting_verb(r, indexes)
    return r.verb_of[s]


def find_reporting_verb(r: Discourse, indexes: range) -> tuple[int, int, Act] | None:
    doc = r.doc
    keys = doc.keys
    start, stop = indexes.start, indexes.stop
    # only a verb's first word or "according" can stop the walk below: a sentence
    # with none of them (one in seven) has no verb, whatever its first word
    cues = r.verb_cues
    low, high = bisect_left(cues, start), bisect_left(cues, stop)
    if low == high:
        return None
    if r.addings and (attribution := _attribution_before_adding(r, indexes)) is not None:
        return attribution
    # a participle phrase in front ("Speaking about ..., the ambassador said")
    first_word = keys[start] if keys[start] not in {'"', "“"} else keys[min(start + 1, stop - 1)]
    verb_starts = r.verb_starts
    skip_to = start
    if first_word.endswith("ing") and first_word not in _ING_PREPOSITIONS:
        comma = index_of(keys, ",", start, stop)
        if comma < stop:
            skip_to = comma + 1
            low = bisect_left(cues, skip_to, low, high)
    if r.whiles and (aside := _while_aside(r, skip_to, stop)) is not None:
        # "Ambassador X while stating that ..., expressed ...": the aside's verbs are not
        # the sentence's; its comma closes it
        comma = index_of(keys, ",", aside, stop)
        if comma < stop:
            skip_to = comma + 1
            low = bisect_left(cues, skip_to, low, high)
    j = skip_to
    # (looked up once: most cues are passed over, "the" the commonest)
    inside_quote, verbs, words = r.inside_quote, doc.lex.verbs, doc.words
    # the tokens between the cues are passed over (the walk went on from them by one)
    for candidate in cues[low:high]:
        if candidate < j:
            continue  # within the verb phrase last passed over
        j = candidate
        if keys[j] == "according" and j + 1 < stop and keys[j + 1] == "to":
            return j, 2, Act.SAY
        if inside_quote[j]:
            continue
        found = verbs.match(keys, j) if keys[j] in verb_starts else None
        if found is None and keys[j] in _CLOSING_VERBS and _closes_after_comma(keys, j, indexes):
            return j, 1, Act.SAY
        if found is None and keys[j] in _EXTENDING_VERBS:
            found = _extended_object(keys, j, stop)
        if found is None or (j > start and words[j][:1].isupper()):
            continue
        length, act = found
        previous = keys[j - 1] if j > start else ""
        following = keys[j + length] if j + length < stop else ""
        if (previous in _MODALS and _purpose_head(r, j, start) is None) or (
            previous in {"be", "being"} and keys[j] not in {"was", "were"}
        ):
            j += length
            continue
        if (
            following == "by"
            # ("..., as noted by X": X's report, read with its agent)
            and not (previous in {"was", "were", "been", "as"} or keys[j] in {"was", "were"})
        ) or following in _AUXILIARIES:
            # "... was discussed by" is a passive; "member states was underlined":
            # a word before an auxiliary is its subject's noun, not a verb
            j += length
            continue
        if keys[j] == "presented" and (
            previous in {"was", "were"}
            or "with" in keys[j + 1 : min(j + 6, stop)]
            or any(keys[k] in _GIFTS for k in range(j, min(j + 10, stop)))
        ):
            return None
        if keys[j] == "offered" and any(
            keys[k] in _GIFTS or keys[k] in _OFFERED_THINGS for k in range(j + 1, min(j + 6, stop))
        ):
            # "offered traditional gifts", "offered them a warm reception": no proposal
            j += length
            continue
        if (previous in _DETERMINERS and keys[j] not in _PASSIVE_AUXILIARIES) or (
            keys[j] in _INTRODUCING and j + length in r.owner
        ):
            # "the recognised festival", "an updated plan": an adjective or a noun;
            # "introduced Ambassador X": a person presented, no report
            j += length
            continue
        if (
            keys[j] in {"say", "discuss", "agree"}
            and previous
            not in {
                "they",
                "we",
                "sides",
                "parties",
                "i",
                "ministers",
                "both",
            }
            # ("took the opportunity to discuss ...": a light verb's purpose)
            and (previous != "to" or _purpose_head(r, j, start) is None)
        ):
            j += length
            continue
        # a verb right after a name run that started lower in the sentence is fine
        if j + length < stop - 1 and keys[stop - 1] == "." and cues[high - 1] > j + length:
            # "Ties are offered to both countries, Foreign Minister X underlined
            # Monday in Rabat.": the attribution that closes the sentence reports it
            return _closing_attribution(r, cues[high - 1], indexes) or (j, length, act)
        return j, length, act
    return None


def _attribution_before_adding(r: Discourse, indexes: range) -> tuple[int, int, Act] | None:
    """The attribution between commas that a ", adding ..." goes on from: "... is at
    its highest level, X said, adding that ...", "..., said the minister, adding ...":
    its reporting verb, the sentence's, with a name or a role phrase beside it and
    nothing else; else ``None``."""
    doc = r.doc
    keys, start, stop = doc.keys, indexes.start, indexes.stop
    addings = r.addings
    k = bisect_left(addings, start)
    k = addings[k] if k < len(addings) else stop
    if k >= stop or keys[k - 1] != ",":
        return None
    comma = index_back(keys, ",", k - 1, max(start, k - 9))
    if keys[comma] != "," or comma - start < 4 or r.inside_quote[comma]:
        return None
    for v in range(comma + 1, k - 1):
        found = doc.lex.verbs.match(keys, v) if keys[v] in r.verb_starts else None
        if found is None:
            continue
        length, act = found
        rest = [*range(comma + 1, v), *range(v + length, k - 1)]
        if (
            act in _REPORT_ACTS
            and rest
            and all(
                j in r.owner or keys[j] == "the" or keys[j] in ROLE_OR_GUEST_NOUNS for j in rest
            )
        ):
            return v, length, act
        return None
    return None


def _while_aside(r: Discourse, start: int, stop: int) -> int | None:
    """The token "while" of an aside "while V-ing ..." right after a name, between
    *start* and *stop* ("Ambassador X while stating that ..., expressed ...",
    "Adviser X, while discussing ..., has put forward ..."); else ``None``."""
    keys, whiles = r.doc.keys, r.whiles
    k = bisect_left(whiles, start)
    w = whiles[k] if k < len(whiles) else stop
    if w + 1 >= stop or w == start or not keys[w + 1].endswith("ing"):
        return None
    before = w - 2 if keys[w - 1] == "," else w - 1
    return w if before >= start and before in r.owner else None


# "extended another invitation", "renewed thanks", "shared the experience": a verb,
# then a noun that makes it a report a word or two after it, whatever words stand
# between (rows of speech_verbs.tsv list only some: "extended an invitation")
_EXTENDING_VERBS = word_list("extending_verbs")
_EXTENDED_OBJECTS = lexicon.extended_objects()


def _extended_object(keys: Sequence[str], j: int, stop: int) -> tuple[int, Act] | None:
    """The report of "extended" (or "renewed", "shared") at *j* with its object noun at
    most two words after it, as a match: ``(length, act)``; else ``None``."""
    for k in range(j + 1, min(j + 4, stop)):
        act = _EXTENDED_OBJECTS.get(keys[k])
        if act is not None:
            return k - j + 1, act
        if not keys[k].isalpha():
            return None
    return None


_REPORT_TAIL_STOPS = frozenset({"that", ",", ":", '"', "“", "”"})
# the forms of "introduce", which report only when what is introduced is no official
_INTRODUCING = word_list("introducing_verbs")


def _closes_after_comma(keys: Sequence[str], j: int, indexes: range) -> bool:
    """Whether the verb at *j* closes its sentence as an attribution: a comma at most
    three words before it ("..., he continued", "..., the minister continued") and at
    most three words after it to the full stop ("..., continued the minister.")."""
    stop = indexes.stop
    if stop - j > 5 or keys[stop - 1] != "." or j - indexes.start < 4:
        return False
    if not _REPORT_TAIL_STOPS.isdisjoint(keys[j + 1 : stop]):
        return False
    return "," in keys[max(indexes.start, j - 3) : j]


def _closing_attribution(r: Discourse, at: int, indexes: range) -> tuple[int, int, Act] | None:
    """The reporting verb at token *at* when it closes the sentence after ", NAME"
    (a named official, with their title), with no clause of its own after it."""
    doc = r.doc
    keys, owner = doc.keys, r.owner
    if at - 1 not in owner or r.inside_quote[at]:
        return None
    found = doc.lex.verbs.match(keys, at) if keys[at] in r.verb_starts else None
    if found is None or found[1] not in _REPORT_ACTS | {Act.STRESS}:
        return None
    k = at - 1
    while k > indexes.start and k in owner:
        k -= 1
    if keys[k] != "," or k <= indexes.start:
        return None
    if not _REPORT_TAIL_STOPS.isdisjoint(keys[at + found[0] : indexes.stop]):
        return None
    return at, found[0], found[1]
