"""One window per user and database: a second launch hands its request to the running one and leaves.

The running window listens on a local socket named after the user and the database file; a new launch
connects, sends one JSON line ({"event": id or null}) and waits for the reply saying what was shown.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from azkz_desktop import APP_NAME

CONNECT_MS = 700
REPLY_MS = 5000

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def server_name(database: Path) -> str:
    """A name for this user and this database (or workspace) file; short, as socket paths must be."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{Path(database).resolve()}".encode()).hexdigest()[:16]
    return f"{APP_NAME}-{digest}"


def hand_over(name: str, request: dict[str, Any]) -> dict[str, Any] | None:
    """Send `request` to a running window; its reply, or None when no window listens under `name`."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        answer = json.loads(reply.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        answer = {}
    return answer if isinstance(answer, dict) else {}


class InstanceServer(QObject):
    """Listens for later launches and passes each request to `handler`, which returns the reply."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.listening = self._server.listen(name)
        if not self.listening:
            QLocalServer.removeServer(name)  # a socket file left by a window that crashed
            self.listening = self._server.listen(name)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setProperty("buffer", b"")
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.property("buffer") or b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            socket.setProperty("buffer", data)
            return
        try:
            request = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            request = None
        reply = self._handler(request) if isinstance(request, dict) else {"error": "unreadable request"}
        socket.write((json.dumps(reply) + "\n").encode("utf-8"))
        socket.flush()

    def close(self) -> None:
        self._server.close()
