"""No channel shows an anonymous visitor anything members-only, and no parameter value
makes any public endpoint or the API fail (the probes of tests/portal/probes.py; bench/
runs the same probes with every hostile value and prints the counts)."""

import pytest

from tests.portal.probes import ENDPOINTS, fuzz, plant_secrets, probe_privacy

pytestmark = pytest.mark.django_db

#: The bounded set for the test run (bench/fuzz.py sends all of HOSTILE_VALUES).
VALUES = ["%00", "a%22b", "Marrakesch%22", "9223372036854775808", "-1", "%ff%fe", "x" * 5000]


def test_no_channel_names_or_serves_a_members_only_secret(client):
    tally = probe_privacy(client, plant_secrets())
    assert tally.tries > 250
    assert tally.errors == []
    assert tally.leaks == [], "\n".join(f"{url}: {what}" for url, what in tally.leaks)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[path for path, _names in ENDPOINTS])
def test_no_parameter_value_breaks_an_endpoint(client, endpoint):
    tally = fuzz(client, values=VALUES, endpoints=[endpoint])
    assert tally.tries == len(endpoint[1]) * (len(VALUES) + 2) + 1
    assert tally.errors == []
