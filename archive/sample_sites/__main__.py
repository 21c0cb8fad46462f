"""Serve the sample partner sites until Ctrl-C: `python -m news_archive.archive.sample_sites [--generated N]`."""

import argparse
import threading

from .generated import serve_generated_site
from .running import serve_sample_sites


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m news_archive.archive.sample_sites", description=__doc__)
    parser.add_argument("--generated", type=int, metavar="N", help="serve one synthetic site with N articles instead")
    args = parser.parse_args()
    serving = serve_generated_site(args.generated) if args.generated else serve_sample_sites()
    with serving as sites:
        for source in sites.sources:
            print(f"{source['id']:<22} {'  '.join(source['start_urls'])}")
        print(f"{len(sites.articles)} articles. Ctrl-C stops.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
