"""Add Event… / Edit Event…: a form for one of the reader's own events, checked as the data layer checks.

Every change runs the workspace's validate(); each problem shows beside its field and OK stays disabled
until there is none, so what the form accepts is exactly what the workspace will store.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.models import Category
from azkz_desktop.data.workspace import FieldError, OwnEventDraft, validate

# Problems of these fields are shown beside the field named here.
SHOWN_AT = {"precision": "start", "source": "source_url"}


class OwnEventDialog(QDialog):
    """The form; `draft()` is what it describes once accepted."""

    def __init__(
        self,
        categories: Sequence[Category],
        draft: OwnEventDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownEventDialog")
        self.setWindowTitle(self.tr("Edit Event") if draft is not None else self.tr("Add Event"))
        self._category_ids = [category.id for category in categories]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.touched: set[str] = set()  # a new form names no problem of a field not yet filled in
        self.problems: dict[str, QLabel] = {}

        def line(name: str, label: str, hint: str = "") -> QLineEdit:
            field = QLineEdit()
            field.setPlaceholderText(hint)
            field.textChanged.connect(self.check)
            self._add(form, name, label, field)
            return field

        line("start", self.tr("&Date"), self.tr("2024, 2024-03 or 2024-03-10: as precise as you know"))
        line("end", self.tr("&Until"), self.tr("optional, at the same precision"))
        line("title", self.tr("&Title"))
        summary = QPlainTextEdit()
        summary.setTabChangesFocus(True)
        summary.setFixedHeight(80)
        summary.textChanged.connect(self.check)
        self._add(form, "summary", self.tr("&Summary"), summary)
        category = QComboBox()
        for item in categories:
            category.addItem(item.label, item.id)
        category.currentIndexChanged.connect(self.check)
        self._add(form, "category", self.tr("&Category"), category)
        line("people", self.tr("&People"), self.tr("names separated by ;"))
        line("source_url", self.tr("Source &address"), "https://…")
        line("source_outlet", self.tr("&Outlet"))
        line("source_title", self.tr("Report t&itle"))
        line("source_date", self.tr("Report da&te"), "2024-03-10")
        source_text = QPlainTextEdit()
        source_text.setTabChangesFocus(True)
        source_text.setFixedHeight(60)
        source_text.setPlaceholderText(self.tr("or describe the source in your own words"))
        source_text.textChanged.connect(self.check)
        self._add(form, "source_text", self.tr("Source as te&xt"), source_text)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if draft is not None:
            self.set_draft(draft)
            self.touched = set(self.fields)
        self.check()
        self.resize(560, self.sizeHint().height())

    def _add(self, form: QFormLayout, name: str, label: str, field: QWidget) -> None:
        field.setObjectName(name)
        problem = QLabel()
        problem.setObjectName(f"{name}Problem")
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.setWordWrap(True)
        problem.setStyleSheet("QLabel { color: #c0392b; }")
        problem.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(problem)
        form.addRow(label, box)
        buddy = form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(field)
        self.fields[name] = field  # type: ignore[assignment]
        self.problems[name] = problem

    def _text(self, name: str) -> str:
        field = self.fields[name]
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        if isinstance(field, QComboBox):
            return str(field.currentData() or "")
        return field.text()

    def draft(self) -> OwnEventDraft:
        people = tuple(name.strip() for name in self._text("people").split(";") if name.strip())
        return OwnEventDraft(
            start=self._text("start").strip(),
            end=self._text("end").strip(),
            title=self._text("title"),
            summary=self._text("summary"),
            category=self._text("category"),
            people=people,
            source_url=self._text("source_url"),
            source_outlet=self._text("source_outlet"),
            source_title=self._text("source_title"),
            source_date=self._text("source_date"),
            source_text=self._text("source_text"),
        )

    def set_draft(self, draft: OwnEventDraft) -> None:
        values = {
            "start": draft.start,
            "end": draft.end,
            "title": draft.title,
            "summary": draft.summary,
            "people": "; ".join(draft.people),
            "source_url": draft.source_url,
            "source_outlet": draft.source_outlet,
            "source_title": draft.source_title,
            "source_date": draft.source_date,
            "source_text": draft.source_text,
        }
        for name, value in values.items():
            field = self.fields[name]
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            elif isinstance(field, QLineEdit):
                field.setText(value)
        combo = self.fields["category"]
        assert isinstance(combo, QComboBox)
        if draft.category in self._category_ids:
            combo.setCurrentIndex(self._category_ids.index(draft.category))

    def errors(self) -> list[FieldError]:
        _, errors = validate(self.draft(), self._category_ids)
        return errors

    def check(self) -> None:
        """Show each problem beside its field (once it was filled in); OK only when there is none."""
        sender = self.sender()
        if sender is not None and sender.objectName() in self.fields:
            self.touched.add(sender.objectName())
            if sender.objectName() in ("source_text", "source_outlet", "source_title", "source_date"):
                self.touched.add("source_url")
        by_field: dict[str, list[str]] = {}
        for error in self.errors():
            shown = SHOWN_AT.get(error.field, error.field)
            by_field.setdefault(shown if shown in self.problems else "title", []).append(error.message)
        for name, label in self.problems.items():
            messages = by_field.get(name, []) if name in self.touched else []
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not by_field)
        ok.setToolTip("" if not by_field else self.tr("Correct the fields marked in red first"))
