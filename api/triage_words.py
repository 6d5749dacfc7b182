"""What the triage pages say, in a practitioner's words: each fact as a question, each citation as a
reader writes it ("Children Act 2004, section 16C(1)"), each deadline's basis in days and dates. Any
text from the rulesets is said in words by the library's one function for it (``plain.in_words``, which
the rulebook uses too). The decision itself keeps its contract's names; only what a page shows is
reworded here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from safeguarding_rules import Citation, Determination, RuleBook
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.plain import day_words, fact_name, glossary, in_words, open_fact
from safeguarding_rules.decide import UNVERIFIED_COUNT

QUESTIONS: dict[str, str] = {
    "partnership": "Which partnership's local pathways apply?",
    "assessment_date": "On what date is the case assessed?",
    "jurisdiction": "Which nation's law decides the case?",
    "subject.kind": "Is this about a child or an adult?",
    "subject.age": "How old is the person, in whole years?",
    "subject.looked_after": "Is the child looked after by a local authority?",
    "subject.care_leaver": "Is the person a care leaver?",
    "subject.care_and_support_needs": "Does the adult have needs for care and support?",
    "subject.in_area": "Is the adult in this area?",
    "subject.known_to_childrens_social_care": "Is the family known to children's social care because of a recent incident or current concern?",
    "subject.unable_to_protect_self": "Because of those needs, is the adult unable to protect themselves?",
    "subject.learning_disability": "Did the person have a learning disability?",
    "subject.autistic": "Was the person autistic?",
    "subject.recently_registered_or_looked_after": "In the 6 months before, was the child on the child protection register or looked after?",
    "subject.recently_looked_after": "In the 6 months before, was the person a looked after child?",
    "subject.recently_protected": "In the 6 months before, had a local authority decided to take action to protect the adult?",
    "subject.adult_support_and_protection": "Is or was the adult subject to adult support and protection processes?",
    "subject.child_or_sibling_registered_or_looked_after": "Is or has the child, or a sibling, been on the child protection register or looked after?",
    "incident.outcome": "What happened to them?",
    "incident.occurred_on": "When did it happen?",
    "incident.became_aware_on": "When did the local authority become aware of it?",
    "incident.panel_notified_on": "When was the Child Safeguarding Practice Review Panel notified?",
    "incident.location": "Where did it happen?",
    "incident.normally_resident_in_area": "Does the child normally live in this area?",
    "incident.normally_resident_in_england": "Does the child normally live in England?",
    "incident.suspected_suicide": "Is suicide suspected?",
    "incident.harm_judged_serious": "Is the harm judged serious?",
    "incident.responsible_relationship": "Who was the violence, abuse or neglect by?",
    "incident.domestic_abuse_before_death": "Had the person been subjected to domestic abuse before their death?",
    "incident.impairment_permanent": "Is the impairment permanent?",
    "incident.harm_kind": "If they were harmed, what kind of harm was it?",
    "incident.setting": "Where was the child?",
    "abuse_or_neglect": "Is abuse or neglect known or suspected?",
    "at_risk_of_abuse_or_neglect": "Is the person experiencing, or at risk of, abuse or neglect?",
    "self_neglect": "Is the concern self-neglect?",
    "death_resulted_from_abuse_or_neglect": "Did the death result from abuse or neglect?",
    "serious_abuse_or_neglect": "Is serious abuse or neglect known or suspected?",
    "serious_abuse_or_neglect_indicator": "What did the serious abuse or neglect do to the adult?",
    "concerns.agencies_working_together": "Is there cause for concern about how agencies worked together to safeguard the person?",
    "concerns.single_agency": "Is there concern about a single agency's actions?",
    "concerns.no_agency_involvement": "Was no agency involved, in a way that gives cause for concern?",
    "concerns.board_member_effectiveness": "Does the Board have concerns about how effectively a body on it safeguarded the child?",
    "learning.improvements_needed": "Does the case highlight improvements needed to safeguard children?",
    "learning.recurrent_themes": "Does the case highlight recurrent themes?",
    "learning.panel_advised_local_review": "Has the Panel concluded that a local review may be more appropriate?",
    "learning.legislative_or_guidance_change": "May the case need a change to law or guidance?",
    "learning.complex_or_national_importance": "Does the case raise complex issues, or issues of national importance?",
    "learning.multiple_areas": "Is more than one area involved?",
    "learning.institutional_setting": "Does the case concern an institutional setting?",
    "learning.lessons_to_learn": "Are there lessons to be learnt?",
    "learning.effective_practice": "Did the bodies work effectively, with outstanding positive learning?",
    "review.scr_initiated_on": "When did the Serious Case Review begin?",
    "review.scr_concluded_on": "When did the Serious Case Review conclude?",
    "review.local_cspr_commissioned": "Have the safeguarding partners commissioned a local review?",
    "review.national_review_arranged": "Has the Panel arranged a national review?",
    "review.csp_told_on": "When was the Community Safety Partnership told of the death?",
    "review.dhr_established": "Has the Community Safety Partnership established a domestic homicide review?",
}
"""Every fact of a case as the question a practitioner is asked (a test checks each has one)."""

NOT_KNOWN = "not-known"
"""The value a question's "Not known" answer posts: recorded, so the question is not asked again."""


def question(fact: str) -> str:
    """The fact as a question."""
    return QUESTIONS.get(fact) or f"What is {open_fact(None, fact)}?"


def sentence(words: str) -> str:
    """A capital first letter, the rest as written ("Northern Ireland" stays so)."""
    return words[:1].upper() + words[1:]


def answer_words(fact: str, value: str) -> str:
    """An answer as the page offered it: "Yes", "A child (under 18)", "2 November 2026"."""
    spec = CASE_FACTS.get(fact)
    if spec is None:
        return value
    if spec.type == "bool":
        return {"true": "Yes", "false": "No"}.get(value, value)
    if spec.type == "enum":
        return sentence(str((glossary().get(fact, {}).get("values") or {}).get(value, value.replace("_", " "))))
    if spec.type == "date":
        try:
            return day_words(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return value


# --- Citations ------------------------------------------------------------------------------------

_PINPOINTS = [
    (re.compile(r"\bSch\.\s?(\d+)\s+para\s+"), r"Schedule \1, paragraph "),
    (re.compile(r"\bSch\.\s?(\d+)"), r"Schedule \1"),
    (re.compile(r"(?<![\w.])s(?=\d)"), "section "),
    (re.compile(r"\bregs? (?=\d)"), "regulation "),
    (re.compile(r"\bart\. ?(?=\d)"), "article "),
    (re.compile(r"\bpara (?=\d)"), "paragraph "),
    (re.compile(r"\bch\.(?=\d)"), "chapter "),
    (re.compile(r"\)-\("), ") to ("),
]
_CHAPTER = re.compile(r"^ch\.(\d+)(?:, |$)")


@dataclass(frozen=True)
class CitationWords:
    """A citation as a reader writes it, and whether (and how far) its words are not yet checked."""

    reference: str
    quote: str
    unchecked: str | None
    note: str
    url: str | None


def _pinpoint(provision: str) -> tuple[str, bool]:
    """The provision in words, and whether it carried a not-yet-checked mark (dropped from it)."""
    marked = False

    def keep(match: re.Match[str]) -> str:
        nonlocal marked
        pieces = [p.strip() for p in match.group(1).split(";")]
        kept = [p for p in pieces if not re.search(r"UNVERIFIED|not checked", p) and not re.fullmatch(r"(TOC )?p\.\d+", p)]
        marked = marked or len(kept) < len(pieces)
        return f" ({'; '.join(kept)})" if kept else ""

    text = re.sub(r"\s+\(([^()]*\s[^()]*)\)", keep, provision)  # a remark in words, not "(1)"
    for pattern, words in _PINPOINTS:
        text = pattern.sub(words, text)
    return text.strip(), marked


UNCHECKED = {
    "secondary": "Not yet checked against the published text",
    "unverified": "Wording not yet checked",
    "pinpoint": "Paragraph not yet checked",
}
"""The quiet tag beside a quote whose checking is not complete; ``UNCHECKED_MEANS`` says what it means."""
UNCHECKED_MEANS = (
    "Quotes tagged \u201cnot yet checked against the published text\u201d match a reproduction (such as a "
    "local board's copy) but have not been compared with the published text; \u201cwording not yet checked\u201d "
    "ones come from a summary; \u201cparagraph not yet checked\u201d ones have checked words but an unchecked "
    "paragraph number. Check the published text before quoting any of them as the law."
)


def citation_words(book: RuleBook, citation: Citation) -> CitationWords:
    """ "Children Act 2004, section 16C(1)": the source once (no "chapter 14 ch.14"), the pinpoint
    in words, and the quote's checking said quietly rather than shouted in the pinpoint."""
    source = citation.source
    provision = citation.provision
    chapter = _CHAPTER.match(provision)
    if chapter and re.search(rf"\bchapter {chapter.group(1)}$", source):
        provision = provision[chapter.end():]
    pinpoint, marked = _pinpoint(provision)
    status = str(citation.status)
    unchecked = status if status in ("secondary", "unverified") else ("pinpoint" if marked else None)
    return CitationWords(
        reference=f"{source}, {pinpoint}" if pinpoint else source,
        quote=in_words(book, citation.quote or citation.paraphrase),
        unchecked=unchecked,
        note=in_words(book, citation.note),
        url=citation.url,
    )


# --- Deadlines -----------------------------------------------------------------------------------

_BASIS = re.compile(r"(?P<count>\S+) (?P<unit>working days|month\(s\)) after (?P<start>.+?) \((?P<inner>.+)\)")


def _since(book: RuleBook, fact: str) -> str:
    """The event a clock runs from: "the local authority became aware", "the incident"."""
    words = fact_name(book, fact)
    return words.removeprefix("the date ").removeprefix("of ") if words.startswith("the date ") else words


def _count(book: RuleBook, count: str) -> str:
    if count in book.parameters:
        value = book.parameters[count][0].value_on(None)
        return str(value if value is not None else book.parameters[count][0].latest)
    return count


UNVERIFIED_WORDS = "the number of {unit} is not yet checked against its source: check it before relying on this date"
"""What the page says of a deadline counted with a number not verified against its source."""


def due_words(book: RuleBook, determination: Determination) -> str | None:
    """How the deadline is counted, in words: "5 working days after the local authority became aware
    on 2 November 2026"; or, with no date yet, what it waits for."""
    basis = determination.due_basis
    if not basis:
        return None
    flag = f"; {UNVERIFIED_COUNT}"
    unverified, basis = basis.endswith(flag), basis.removesuffix(flag)
    match = _BASIS.fullmatch(basis)
    if match is None:
        return sentence(in_words(book, basis))
    count = _count(book, match["count"])
    unit = "working days" if match["unit"] == "working days" else ("month" if count == "1" else "months")
    inner = match["inner"]
    if determination.due is not None:
        fact = inner.partition(": ")[2].split(",")[0].strip()
        words = f"{count} {unit} after {_since(book, fact)} on {day_words(dt.date.fromisoformat(match['start']))}"
        return f"{words} ({UNVERIFIED_WORDS.format(unit=unit.removesuffix('s') + 's')})" if unverified else words
    missing = inner.split(" is not known")[0].strip()
    if missing in book.parameters:
        return f"{unit.capitalize()} after {in_words(book, match['start'])}: the number is not set for the case's dates"
    return f"{count} {unit} after {_since(book, missing)}: give that date to work out the deadline"
