"""``--web``: serve the student client to browsers with textual-serve.

Each browser tab starts its own ``quiz join`` process (it asks for the nickname) that connects
to the session server like any terminal client. Run as ``python -m quiz.tui.net.web``; the host
starts it as a child process so the aiohttp loop never shares a thread with the host's TUI.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from aiohttp import web
from textual_serve.server import Server


class JoinWebServer(Server):
    """textual-serve, with page URLs built from the address the browser used.

    The stock server writes one fixed ``public_url`` into the page, which breaks when it listens
    on every interface (``0.0.0.0`` is not an address a browser can reach).
    """

    async def handle_index(self, request: web.Request) -> Any:
        """The app page, pointing its WebSocket back at the host the browser asked for."""
        self.public_url = f"{request.scheme}://{request.host}"
        return await super().handle_index(request)


def join_command(game_port: int, pin: str) -> str:
    """The client command each browser tab runs."""
    args = [
        sys.executable,
        "-m",
        "quiz",
        "join",
        f"127.0.0.1:{game_port}",
        "--pin",
        pin,
        "--no-remember",
    ]
    return shlex.join(args)


def main(argv: list[str] | None = None) -> None:
    """Serve ``quiz join`` on ``--host``/``--port`` for the game on ``--game-port``."""
    parser = argparse.ArgumentParser(prog="python -m quiz.tui.net.web")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--game-port", type=int, required=True)
    parser.add_argument("--pin", required=True)
    args = parser.parse_args(argv)
    command = join_command(args.game_port, args.pin)
    JoinWebServer(command, host=args.host, port=args.port, title="quiz").serve()


if __name__ == "__main__":
    main()
