"""A wrapped label's height for a width, measured in a text layout of its own, is QLabel's to the pixel:
over generated texts in the app's languages and scripts, fonts, margins and widths; and the texts and
labels it does not measure get QLabel's answer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel

from azkz_desktop.ui.label_height import measurable, wrapped_height
from azkz_desktop.ui.plain_text import LinkLabel, WrappedLabel, plain_label

WORDS = [
    "Azerbaijan",
    "Kazakhstan",
    "Azərbaycan–Qazaxıstan",  # noqa: RUF001 (Azerbaijani has a dotless i)
    "Şəki",
    "Ğ",
    "Қазақстан",
    "Әзірбайжан",
    "ұйым",
    "Нұр-Сұлтан",
    "Президент",
    "Aliyev's",
    "(1997–2003)",
    "—",
    "the",
    "a",
    "Baku–Tbilisi–Ceyhan",
    "Trans-Caspian",
    "x" * 70,  # longer than a narrow line: it overflows, as in the document
    "אבג",  # right to left
    "أذربيجان",
    "e\u0301",  # a combining accent
    "1,234.5",
    "\u00ad",  # a soft hyphen
    "\u200b",  # a zero-width space
]
TEXTS = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", "  ", "\n", ", ", "\u00a0"])),
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(word + gap for word, gap in parts))
STYLES = st.sampled_from(
    [{}, {"bold": True}, {"italic": True}, {"bold": True, "scale": 1.25}, {"italic": True, "scale": 0.9}]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, style=STYLES, width=st.integers(min_value=0, max_value=700), link=st.booleans())
def test_the_measured_height_is_qlabels(qapp: object, text: str, style: dict, width: int, link: bool) -> None:
    label = LinkLabel(text) if link else plain_label(text, **style)
    assert measurable(label) == ("\u00ad\u00a0" not in text)  # see the test of texts laid out otherwise
    measured = wrapped_height(label, width) if measurable(label) else QLabel.heightForWidth(label, width)
    assert measured == QLabel.heightForWidth(label, width)  # Qt's own answer, on the same label
    assert label.heightForWidth(width) == measured


def test_every_bundled_width_of_a_long_summary(qapp: object) -> None:
    text = " ".join(WORDS[:16]) * 6 + "\n\n" + "Second paragraph, after an empty one."
    label = plain_label(text)
    for width in range(0, 800, 7):
        assert label.heightForWidth(width) == QLabel.heightForWidth(label, width), width


def test_an_empty_label_gets_qlabels_answer(qapp: object) -> None:
    """Never given a text, a label is no text label to QLabel (no height for a width); emptied, one line."""
    never = plain_label("")
    emptied = plain_label("words")
    emptied.setText("")
    for label in (never, emptied):
        assert wrapped_height(label, 200) is None
        assert label.heightForWidth(200) == QLabel.heightForWidth(label, 200)
    assert never.heightForWidth(200) == -1 and emptied.heightForWidth(200) > 0


def test_texts_the_document_lays_out_otherwise_get_qlabels_answer(qapp: object) -> None:
    for text in (
        "a\tb",
        "one\rtwo",
        "line\u2028break",
        "para\u2029graph",
        "mark\ufffchere",
        "hy\u00ad\u00a0",
    ):
        label = plain_label(text * 12)
        assert not measurable(label)
        assert wrapped_height(label, 120) is None
        assert label.heightForWidth(120) == QLabel.heightForWidth(label, 120)


def test_a_soft_hyphen_before_a_no_break_space_is_left_to_qlabel(qapp: object) -> None:
    """A bare layout breaks between the two at a narrow width where the label keeps them on one line."""
    label = plain_label("abc\u00ad\u00a0")
    assert not measurable(label) and wrapped_height(label, 8) is None
    assert label.heightForWidth(8) == QLabel.heightForWidth(label, 8) == plain_label("abc").heightForWidth(8)


def test_labels_laid_out_otherwise_get_qlabels_answer(qapp: object) -> None:
    text = "Several words that wrap onto more lines the narrower the label is made. " * 3
    framed = plain_label(text)
    framed.setFrameShape(QFrame.Shape.Box)
    indented = plain_label(text)
    indented.setIndent(9)
    margined = plain_label(text)
    margined.setMargin(5)
    wide = plain_label(text)
    wide.setMinimumWidth(300)
    unwrapped = WrappedLabel(text)
    rich = plain_label(text)
    rich.setTextFormat(rich.textFormat().RichText)
    for label in (framed, indented, margined, wide, unwrapped, rich):
        assert not measurable(label)
        assert label.heightForWidth(150) == QLabel.heightForWidth(label, 150)


def test_a_minimum_height_is_kept(qapp: object) -> None:
    label = plain_label("short")
    label.setMinimumHeight(60)
    assert wrapped_height(label, 200) == QLabel.heightForWidth(label, 200) == 60


def test_a_font_set_later_is_measured(qapp: object) -> None:
    label = plain_label("Words enough to wrap at a narrow width, in a font set later. " * 4)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    label.setFont(font)
    assert label.heightForWidth(140) == QLabel.heightForWidth(label, 140)
