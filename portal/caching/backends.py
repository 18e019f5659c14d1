"""Django's built-in Redis cache, tolerant of a Redis outage.

The cache only speeds things up, so Redis being down or hanging must not turn into error
pages: every operation that fails is answered as if the cache were empty (a miss, a write
that did not happen), and after one failure this process leaves Redis alone for
``RETRY_AFTER`` seconds (the circuit breaker shared with the search backend), so only one
request per process pays the socket timeout. Counters (``incr``) fail open, so nothing that
must hold is counted here: the password limits live in the database (``portal.throttle``).
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from search import breaker

logger = logging.getLogger(__name__)

#: Seconds a process leaves Redis alone after a failed operation.
RETRY_AFTER = 5.0


def _tolerant(fallback):
    def decorate(method):
        def wrapper(self, *args):
            if not breaker.is_closed(self.breaker_key):
                return fallback(*args)
            try:
                return method(self, *args)
            except self._lib.RedisError as error:
                breaker.trip(self.breaker_key, self.retry_after)
                logger.warning(
                    "Cache unavailable (%s); serving without it for %.0f s",
                    error,
                    self.retry_after,
                )
                return fallback(*args)

        wrapper.__name__ = method.__name__
        return wrapper

    return decorate


class TolerantRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, retry_after=RETRY_AFTER, **options):
        super().__init__(servers, **options)
        self.retry_after = retry_after
        self.breaker_key = "cache:" + ",".join(servers)

    add = _tolerant(lambda key, value, timeout: False)(RedisCacheClient.add)
    get = _tolerant(lambda key, default: default)(RedisCacheClient.get)
    set = _tolerant(lambda key, value, timeout: None)(RedisCacheClient.set)
    touch = _tolerant(lambda key, timeout: False)(RedisCacheClient.touch)
    delete = _tolerant(lambda key: False)(RedisCacheClient.delete)
    get_many = _tolerant(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _tolerant(lambda key: False)(RedisCacheClient.has_key)
    incr = _tolerant(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = _tolerant(lambda data, timeout: None)(RedisCacheClient.set_many)
    delete_many = _tolerant(lambda keys: None)(RedisCacheClient.delete_many)
    clear = _tolerant(lambda: False)(RedisCacheClient.clear)


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = TolerantRedisCacheClient
