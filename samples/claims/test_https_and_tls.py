"""Claims on content/questions/https-and-tls/; each fails if a release breaks it."""

import ssl
import sys
import warnings

import certifi
import httpx
import pytest

PAGE = "https-and-tls"


def test_default_context_checks_chain_and_hostname_and_needs_tls_1_2() -> None:
    """`ssl.create_default_context()` requires a valid chain and hostname, and TLS 1.2 or later."""
    context = ssl.create_default_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_default_context_turns_on_strict_x509_checks_from_python_3_13() -> None:
    """Python 3.13 added VERIFY_X509_STRICT (and VERIFY_X509_PARTIAL_CHAIN) to the defaults."""
    flags = ssl.create_default_context().verify_flags
    strict = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN
    assert (flags & strict == strict) is (sys.version_info >= (3, 13))


def test_httpx_verifies_with_certifi_unless_ssl_cert_file_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpx trusts certifi's CA bundle by default, or SSL_CERT_FILE when the env var is set."""
    certifi_only = ssl.create_default_context(cafile=certifi.where()).cert_store_stats()
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = httpx.create_ssl_context()
    assert default.verify_mode == ssl.CERT_REQUIRED and default.check_hostname
    assert default.cert_store_stats() == certifi_only
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert httpx.create_ssl_context(trust_env=False).cert_store_stats() == certifi_only


def test_verify_false_turns_off_both_checks() -> None:
    """`verify=False` disables certificate and hostname checking together."""
    context = httpx.create_ssl_context(verify=False)
    assert context.verify_mode == ssl.CERT_NONE
    assert context.check_hostname is False


def test_a_path_string_for_verify_is_deprecated() -> None:
    """Since httpx 0.28, `verify="/path/ca.pem"` warns; pass an SSLContext instead."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        httpx.create_ssl_context(verify=certifi.where())
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


def test_httpx2_trusts_the_system_store_not_certifi(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx2 (2.x), HTTPX's successor, verifies against the operating system's trust store rather
    than certifi's bundle, and still honours SSL_CERT_FILE."""
    httpx2 = pytest.importorskip("httpx2")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    context = httpx2.create_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    certifi_only = ssl.create_default_context(cafile=certifi.where()).cert_store_stats()
    system = ssl.create_default_context().cert_store_stats()  # the OS's CA files on Linux
    assert system != certifi_only  # otherwise this check could not tell them apart
    assert context.cert_store_stats() == system
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert httpx2.create_ssl_context().cert_store_stats() == certifi_only
