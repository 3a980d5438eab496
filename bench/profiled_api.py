"""`python -m bench.profiled_api OUTFILE PORT`: the API under pyinstrument (`make bench PROFILE=1`),
writing its profile when uvicorn shuts down on SIGTERM."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import uvicorn
from pyinstrument import Profiler


def main() -> None:
    outfile, port = Path(sys.argv[1]), int(sys.argv[2])
    server = uvicorn.Server(
        uvicorn.Config(
            "api.app:app", host="127.0.0.1", port=port, log_level="warning", access_log=False
        )
    )
    # uvicorn re-raises the SIGTERM it shut down on; ignoring it then lets the profile be written.
    signal.signal(signal.SIGTERM, lambda *_: None)
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    try:
        server.run()
    finally:
        profiler.stop()
        outfile.write_text(profiler.output_html())
        outfile.with_suffix(".txt").write_text(profiler.output_text(unicode=True, show_all=False))
        if profiler.last_session is not None:
            profiler.last_session.save(str(outfile.with_suffix(".pyisession")))


if __name__ == "__main__":
    main()
