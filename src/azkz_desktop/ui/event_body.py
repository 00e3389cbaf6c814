"""The detail pane's page for one event: its date in words, title, names, summary, notes, related events
and every source, built once per shape and filled with the texts of each event shown.

A click on the timeline shows one event after another. Building some twenty wrapping labels and their
buttons anew each time (create, polish, show, lay out) took several milliseconds per click, so the page
of the last event is kept and filled again when the next event has the same parts (the same number of
name lines, related events and sources of the same kinds): then only the texts change. An event with
other parts gets a page built for it. Either way the widgets, their order and their texts are those of
a page built afresh for the event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from azkz_desktop.data.models import Event, Source
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.page_label import PageLabel, PageLinkLabel, page_size_hint
from azkz_desktop.ui.plain_text import LinkLabel, plain_label, set_plain
from azkz_desktop.ui.source_box import SourceBox, SourceShape, source_shape


def people_lines(event: Event) -> list[str]:
    """One labelled line per kind of name: "People: …", "Organisations: …", "Countries: …"."""
    translate = QCoreApplication.translate
    labels = (
        ("person", translate("DetailPane", "People: {0}")),
        ("organisation", translate("DetailPane", "Organisations: {0}")),
        ("country", translate("DetailPane", "Countries: {0}")),
        ("other", translate("DetailPane", "Also named: {0}")),
    )
    known = {kind for kind, _ in labels}
    lines = []
    for kind, label in labels:
        names = [
            e.name for e in event.entities if e.kind == kind or (kind == "other" and e.kind not in known)
        ]
        if names:
            lines.append(label.format(", ".join(names)))
    if not event.entities and event.people:  # an event built without kinds
        lines.append(translate("DetailPane", "People: {0}").format(", ".join(event.people)))
    return lines


@dataclass(frozen=True, slots=True)
class EventShape:
    """Which widgets an event's page has; two events of one shape differ only in the widgets' texts."""

    people: int
    language_note: bool
    date_note: bool
    note: bool
    related: int
    sources: tuple[SourceShape, ...]
    more_sources: bool

    @classmethod
    def of(cls, event: Event, language_note: bool) -> EventShape:
        return cls(
            people=len(people_lines(event)),
            language_note=language_note,
            date_note=bool(event.date_note),
            note=bool(event.note),
            related=len(event.related),
            sources=tuple(source_shape(source, True) for source in event.sources),
            more_sources=max(event.source_total, len(event.sources)) > len(event.sources),
        )


class EventBody(QWidget):
    """The widgets of one shape of event page, top down, with the space left below them."""

    def __init__(
        self,
        shape: EventShape,
        category_labels: dict[str, str],
        open_document: Callable[[Source], None],
        report: Callable[[str], None],
        related_requested: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.shape = shape
        self._category_labels = category_labels
        self._related_ids: list[str] = []
        self.setObjectName("detailsBody")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self._date = plain_label("", bold=True, kind=PageLabel)
        self._title = plain_label("", bold=True, scale=1.25, kind=PageLabel)
        self._category = plain_label("", kind=PageLabel)
        self._people = [plain_label("", kind=PageLabel) for _ in range(shape.people)]
        self._summary = plain_label("", kind=PageLabel)
        widgets: list[QWidget] = [self._date, self._title, self._category, *self._people, self._summary]
        self._language_note = self._date_note = self._note = self._more = None
        if shape.language_note:
            self._language_note = plain_label("", italic=True, scale=0.9, kind=PageLabel)
            self._language_note.setObjectName("languageNote")
            widgets.append(self._language_note)
        if shape.date_note:
            self._date_note = plain_label("", italic=True, kind=PageLabel)
            widgets.append(self._date_note)
        if shape.note:
            self._note = plain_label("", italic=True, kind=PageLabel)
            widgets.append(self._note)
        self._related: list[LinkLabel] = []
        for number in range(shape.related):
            link = PageLinkLabel("")
            link.setObjectName("related")
            link.clicked.connect(lambda n=number: related_requested(self._related_ids[n]))
            self._related.append(link)
        widgets.extend(self._related)
        self._heading = plain_label("", bold=True, kind=PageLabel)
        self._heading.setObjectName("sourcesHeading")
        widgets.append(self._heading)
        self._sources = [SourceBox(source, open_document, report) for source in shape.sources]
        widgets.extend(self._sources)
        if shape.more_sources:
            self._more = plain_label("", kind=PageLabel)
            self._more.setObjectName("moreSources")
            widgets.append(self._more)
        self._hint = plain_label(
            "", kind=PageLabel
        )  # what the pane says when nothing is selected, shown in place
        self._hint.setEnabled(False)  # disabled, it never takes the focus: none to name while empty
        self._hint.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._hint.hide()
        for widget in widgets:
            layout.addWidget(widget, 0)
        layout.addWidget(self._hint, 0)  # alone shown, at the top; last of the page's children
        layout.addStretch(1)
        self._widgets = widgets

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return page_size_hint(self)

    def fill(self, event: Event) -> None:
        """Show `event`, one of this page's shape, in every widget."""
        translate = QCoreApplication.translate
        set_plain(self._date, span_words(event.span))
        set_plain(self._title, event.title)
        category = self._category_labels.get(event.category, event.category)
        if event.multilateral:
            category += " · " + translate("DetailPane", "held within: {0}").format(event.multilateral)
        set_plain(self._category, category)
        for label, line in zip(self._people, people_lines(event), strict=True):
            set_plain(label, line)
        set_plain(self._summary, event.summary)
        if self._language_note is not None:  # the data is not translated: say so beside it
            text = translate("DetailPane", "Event texts are in English; quotes as their sources wrote them.")
            set_plain(self._language_note, text)
        if self._date_note is not None and event.date_note:
            set_plain(self._date_note, translate("DetailPane", "Date: %1").replace("%1", event.date_note))
        if self._note is not None and event.note:
            set_plain(self._note, translate("DetailPane", "Note: %1").replace("%1", event.note))
        self._related_ids = [related_id for related_id, _ in event.related]
        for link, (_, related_title) in zip(self._related, event.related, strict=True):
            set_plain(link, translate("DetailPane", "Related: %1").replace("%1", related_title))
            link.setToolTip(translate("DetailPane", "Show this related event"))
        total = max(event.source_total, len(event.sources))
        set_plain(self._heading, translate("DetailPane", "Sources (%1)").replace("%1", f"{total:,}"))
        for box, source in zip(self._sources, event.sources, strict=True):
            box.fill(source)
        if self._more is not None:
            hidden = total - len(event.sources)
            more = translate("DetailPane", "… and %1 more sources, not listed here")
            set_plain(self._more, more.replace("%1", f"{hidden:,}"))
        self._show_parts()

    def show_hint(self, text: str) -> None:
        """Say `text` alone, as the pane's page for no selection does: the pane shows it without
        swapping pages (a page put back in the pane at the next click costs more than its texts)."""
        set_plain(self._hint, text)
        for widget in self._widgets:
            widget.hide()
        self._hint.show()

    def shows_hint(self) -> bool:
        return self._hint.isVisibleTo(self)

    def _show_parts(self) -> None:
        """The event's widgets shown again after the hint."""
        if self._hint.isVisibleTo(self):
            self._hint.hide()
            set_plain(self._hint, "")  # as on a page made for the event
            for widget in self._widgets:
                widget.show()

    def holds_focus(self) -> bool:
        """Whether the keyboard focus is on one of the page's widgets (a related link just pressed)."""
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)
