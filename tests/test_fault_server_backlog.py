"""The served test sites take the crawler's whole burst of connections at once, however slowly a loaded machine lets
them accept: none waits for the kernel to be asked again (1, 3, 7, 15 seconds on) and runs into the download
timeout, which made crawl tests fail under load."""
from __future__ import annotations

from fault_site import FaultServer
from news_archive.archive.crawl.run import LOOPBACK_SETTINGS
from news_archive.archive.sample_sites.server import LoopbackServer, SampleServer


def test_a_served_site_queues_every_connection_the_crawler_opens_at_once():
    """Fails before: the fault site listened with socketserver's backlog of 5, under the crawler's 16; so did the
    sites of the crawl-process, bad-input and versions tests until they ran on LoopbackServer."""
    burst = LOOPBACK_SETTINGS["CONCURRENT_REQUESTS_PER_DOMAIN"]
    assert LoopbackServer.request_queue_size >= burst
    assert issubclass(FaultServer, LoopbackServer)
    assert SampleServer.request_queue_size >= burst
