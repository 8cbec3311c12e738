"""qti: an IMS QTI 2.1 content package (zip): ``imsmanifest.xml`` plus one item per question.

Choice types use ``choiceInteraction``; typed ones ``textEntryInteraction`` (a string matched
against every accepted answer, or a float compared exactly). Response processing sets SCORE
and FEEDBACK; a ``modalFeedback`` shows the explanation, quote and source after answering.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answer_with_unit, answers, cite, number_text
from quiz.export.xmltext import sub, to_bytes
from quiz.export.zips import build_zip

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CHOICE_IDS = "ABCD"
_NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.-]")


def identifier(question_id: str) -> str:
    """A valid, unique QTI identifier (XML NCName) for a question id."""
    clean = "Q_" + _NOT_NCNAME.sub("_", question_id)
    if clean != "Q_" + question_id:
        clean += "_" + hashlib.sha1(question_id.encode("utf-8")).hexdigest()[:8]
    return clean


def _value(parent: ET.Element, tag: str, base_type: str, text: str) -> None:
    sub(sub(parent, tag), "value", text)


def _declarations(item: ET.Element, question: Question) -> None:
    if question.choices:
        decl = sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                   baseType="identifier")  # fmt: skip
        key = CHOICE_IDS[question.choices.index(question.answer)]
        _value(decl, "correctResponse", "identifier", key)
    elif question.type == "numeric":
        decl = sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                   baseType="float")  # fmt: skip
        _value(decl, "correctResponse", "float", number_text(question))
    else:
        decl = sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                   baseType="string")  # fmt: skip
        _value(decl, "correctResponse", "string", question.answer)
        mapping = sub(decl, "mapping", defaultValue="0")
        for text in answers(question):
            sub(mapping, "mapEntry", mapKey=text, mappedValue="1", caseSensitive="false")
    score = sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single",
                baseType="float")  # fmt: skip
    _value(score, "defaultValue", "float", "0")
    sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single",
        baseType="identifier")  # fmt: skip


def _body(item: ET.Element, question: Question) -> None:
    body = sub(item, "itemBody")
    if question.choices:
        interaction = sub(body, "choiceInteraction", responseIdentifier="RESPONSE",
                          shuffle="false", maxChoices="1")  # fmt: skip
        sub(interaction, "prompt", question.prompt)
        for key, choice in zip(CHOICE_IDS, question.choices, strict=False):
            sub(interaction, "simpleChoice", choice, identifier=key)
        return
    paragraph = sub(body, "p", question.prompt + " ")
    sub(paragraph, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="20")
    if question.unit:
        paragraph[-1].tail = " " + question.unit


def _is_correct(question: Question) -> ET.Element:
    if question.type == "fill_blank":
        test = ET.Element("gt")
        sub(test, "mapResponse", identifier="RESPONSE")
        sub(test, "baseValue", "0", baseType="float")
        return test
    test = ET.Element("equal", toleranceMode="exact") if question.type == "numeric" else (
        ET.Element("match"))  # fmt: skip
    sub(test, "variable", identifier="RESPONSE")
    sub(test, "correct", identifier="RESPONSE")
    return test


def _processing(item: ET.Element, question: Question) -> None:
    processing = sub(item, "responseProcessing")
    condition = sub(processing, "responseCondition")
    when = sub(condition, "responseIf")
    when.append(_is_correct(question))
    _set(when, "SCORE", "float", "1")
    _set(sub(condition, "responseElse"), "SCORE", "float", "0")
    _set(processing, "FEEDBACK", "identifier", "EXPLANATION")


def _set(parent: ET.Element, outcome: str, base_type: str, value: str) -> None:
    setter = sub(parent, "setOutcomeValue", identifier=outcome)
    sub(setter, "baseValue", value, baseType=base_type)


def _feedback(item: ET.Element, bank: Bank, question: Question) -> None:
    citation = cite(bank, question)
    feedback = sub(item, "modalFeedback", outcomeIdentifier="FEEDBACK", showHide="show",
                   identifier="EXPLANATION", title="Explanation")  # fmt: skip
    sub(feedback, "p", f"Answer: {answer_with_unit(question)}")
    sub(feedback, "p", citation.explanation)
    sub(sub(feedback, "blockquote"), "p", f"“{citation.quote}”")
    sub(feedback, "p", citation.source_line())


def item_xml(bank: Bank, question: Question) -> bytes:
    """The ``assessmentItem`` document of one question."""
    item = ET.Element("assessmentItem", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{QTI_NS} {QTI_XSD}",
        "identifier": identifier(question.id), "title": question.id,
        "adaptive": "false", "timeDependent": "false",
    })  # fmt: skip
    _declarations(item, question)
    _body(item, question)
    _processing(item, question)
    _feedback(item, bank, question)
    return to_bytes(item)


def manifest_xml(paths: list[tuple[str, str]], title: str) -> bytes:
    """The package manifest listing every item file as an ``imsqti_item_xmlv2p1`` resource."""
    manifest = ET.Element("manifest", {
        "xmlns": CP_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{CP_NS} {CP_XSD}",
        "identifier": "MANIFEST-" + identifier(title),
    })  # fmt: skip
    metadata = sub(manifest, "metadata")
    sub(metadata, "schema", "QTIv2.1 Package")
    sub(metadata, "schemaversion", "1.0.0")
    sub(manifest, "organizations")
    resources = sub(manifest, "resources")
    for ident, href in paths:
        resource = sub(resources, "resource", identifier=f"RES-{ident}",
                       type="imsqti_item_xmlv2p1", href=href)  # fmt: skip
        sub(resource, "file", href=href)
    return to_bytes(manifest)


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """The zipped package: manifest first, then ``items/<identifier>.xml`` in bank order."""
    entries: list[tuple[str, bytes]] = []
    paths: list[tuple[str, str]] = []
    for question in bank.questions:
        ident = identifier(question.id)
        href = f"items/{ident}.xml"
        paths.append((ident, href))
        entries.append((href, item_xml(bank, question)))
    manifest = ("imsmanifest.xml", manifest_xml(paths, options.title))
    return Rendered(build_zip([manifest, *entries]), [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="qti",
    suffix=".zip",
    summary="IMS QTI 2.1 package (zip): choice and text-entry items with feedback, for LMSs",
    render=render,
)
