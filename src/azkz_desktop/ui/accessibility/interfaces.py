"""Giving a Python-made accessible interface a second face (actions, a value) that Qt can find.

Qt asks an interface for its other faces through the virtual `interface_cast`, which returns a pointer.
Under PySide6 (6.11) an override must return a `shiboken6.VoidPtr`: a plain integer, even 0, crashes
the process when Qt calls it, and so does None, which is what the base class's `interface_cast` gives
back to Python for a face it does not have (`inherited` turns that into a null VoidPtr).

The second face is an object of its own that the interface holds, not a second base class: Qt deletes
an interface by its first base, and the C++ part of a second Python base would never be freed (a few
dozen bytes lost with every timeline item a zoom retires).
"""

from __future__ import annotations

import shiboken6
from shiboken6 import VoidPtr


def interface_pointer(face: shiboken6.Object) -> VoidPtr:
    """The C++ address of `face` (a QAccessibleActionInterface, QAccessibleValueInterface, ...)."""
    return VoidPtr(shiboken6.getCppPointer(face)[0])


def no_interface() -> VoidPtr:
    """What `interface_cast` returns for a face the interface does not have."""
    return VoidPtr(0)


def inherited(pointer: object) -> VoidPtr:
    """The base class's answer (`super().interface_cast(kind)`, typed `int` by PySide6's stubs but a
    VoidPtr or None in fact), safe to return to Qt."""
    return pointer if isinstance(pointer, VoidPtr) else no_interface()
