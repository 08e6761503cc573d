"""A TCP relay in front of the throwaway PostgreSQL server. Cutting it is the server going
away mid-session, as an editor's window sees it: every connection drops, new ones are
refused. Restoring it brings the server back on the same address."""

from __future__ import annotations

import contextlib
import socket
import threading

from onrecord.store.pgcluster import free_port


class Relay:
    """`dsn`: a connection string of the server listening on `port`; `self.dsn`: the same
    through the relay."""

    def __init__(self, dsn: str, port: int):
        self.target, self.port = ("127.0.0.1", port), free_port()
        self.dsn = dsn.replace(f":{port}/", f":{self.port}/")
        self._lock, self._open = threading.Lock(), []
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def cut(self) -> None:
        listener, self._listener = self._listener, None
        listener.shutdown(socket.SHUT_RDWR)  # wakes accept()
        listener.close()
        with self._lock:
            dropped, self._open = self._open, []
        for sock in dropped:
            _close(sock)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # cut
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, server]
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(src, dst), daemon=True).start()


def _pump(src: socket.socket, dst: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := src.recv(65536):
            dst.sendall(data)
    _close(src)
    _close(dst)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
