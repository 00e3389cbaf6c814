"""The status bar's reason for a slow opening, in the interface's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from azkz_desktop.data import stored_arrays
from azkz_desktop.ui.catalogues import compile_all
from azkz_desktop.ui.slow_open import REASONS, slow_open_label, translated_reason


def test_every_reason_the_data_layer_gives_is_marked_for_translation() -> None:
    assert set(REASONS) == set(stored_arrays.PROBLEMS)
    assert len(REASONS) == len(stored_arrays.PROBLEMS)


def test_reasons_are_translated_with_their_array_names_kept(qapp, tmp_path: Path) -> None:
    compile_all(tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "azkz_desktop_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert translated_reason(stored_arrays.EVENTS_CHANGED) == (
            "die Ereignisse geändert wurden, nachdem die Zeitleisten-Arrays gespeichert worden waren"
        )
        damaged = stored_arrays.DAMAGED.format(name="lane_rows")
        assert translated_reason(damaged) == "das gespeicherte Zeitleisten-Array lane_rows beschädigt ist"
        lacking = stored_arrays.LACKING.format(names="lane_rows, date_order")
        expected = "den gespeicherten Zeitleisten-Arrays lane_rows, date_order fehlt"
        assert translated_reason(lacking) == expected
        label = slow_open_label(stored_arrays.NO_ARRAYS)
        assert label.text() == (
            "Langsam geöffnet (jedes Ereignis gelesen): die Datenbank keine gespeicherten Zeitleisten-Arrays"
            " enthält"
        )
        assert "weil die Datenbank keine gespeicherten Zeitleisten-Arrays enthält." in label.toolTip()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_an_unknown_reason_is_shown_as_it_is(qapp) -> None:
    assert translated_reason("something else {name}") == "something else {name}"
    assert translated_reason(stored_arrays.NO_ARRAYS) == stored_arrays.NO_ARRAYS  # no translator: English


def test_a_narrow_status_bar_shortens_the_note_with_an_ellipsis(qapp) -> None:
    label = slow_open_label(stored_arrays.EVENTS_CHANGED)
    assert label.minimumSizeHint().width() < label.sizeHint().width()
    label.resize(label.sizeHint())
    assert label.shown_text() == label.text()
    label.resize(label.minimumSizeHint())
    shown = label.shown_text()
    assert shown.endswith("…") and label.text().startswith(shown[:-1])
    assert label.text().endswith("stored")  # the whole text stays the label's, for screen readers
