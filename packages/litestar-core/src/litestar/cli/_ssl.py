"""Self-signed TLS files for ``--create-self-signed-cert`` (needs ``cryptography``)."""

from __future__ import annotations

from pathlib import Path

from litestar.cli._errors import LitestarCLIException

__all__ = ("create_ssl_files", "generate_self_signed_cert")


def generate_self_signed_cert(certfile: Path, keyfile: Path, common_name: str) -> None:
    """Write a one-year self-signed certificate and its RSA key (PEM).

    Args:
        certfile: Where the certificate goes.
        keyfile: Where the key goes.
        common_name: The host the certificate is for (an IP address or a DNS name).

    Raises:
        LitestarCLIException: If ``cryptography`` is not installed.
    """
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import NameOID
    except ImportError as exc:
        raise LitestarCLIException(
            "Cryptography must be installed when using --create-self-signed-cert: pip install cryptography"
        ) from exc
    import datetime
    import ipaddress

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    try:
        alt_name: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(common_name))
    except ValueError:
        alt_name = x509.DNSName(common_name)
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.SubjectAlternativeName([alt_name]), critical=False)
        .sign(key, hashes.SHA256())
    )
    certfile.parent.mkdir(parents=True, exist_ok=True)
    keyfile.parent.mkdir(parents=True, exist_ok=True)
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )


def create_ssl_files(
    certfile_arg: str | None, keyfile_arg: str | None, common_name: str = "localhost"
) -> tuple[str, str]:
    """Return the absolute certificate and key paths, creating both when neither exists.

    This is what server commands of other packages (litestar-granian) call for
    ``--create-self-signed-cert``, as they did with litestar 2.17.

    Args:
        certfile_arg: The ``--ssl-certfile`` value.
        keyfile_arg: The ``--ssl-keyfile`` value.
        common_name: The host the certificate is for.

    Returns:
        ``(certfile, keyfile)`` as absolute paths.

    Raises:
        LitestarCLIException: If a path is missing, only one of the files exists, or a
            parent directory does not exist.
    """
    if certfile_arg is None:
        raise LitestarCLIException("No value provided for --ssl-certfile")
    if keyfile_arg is None:
        raise LitestarCLIException("No value provided for --ssl-keyfile")
    certfile, keyfile = Path(certfile_arg).absolute(), Path(keyfile_arg).absolute()
    if certfile.exists() != keyfile.exists():
        raise LitestarCLIException(
            "Both certificate and key file must exists or both must not exists when using --create-self-signed-cert"
        )
    if not certfile.exists():
        for option, path in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
            if not path.parent.is_dir():
                raise LitestarCLIException(
                    f"Could not create file, parent directory for {option} doesn't exist: {path.parent}"
                )
        generate_self_signed_cert(certfile, keyfile, common_name)
    return str(certfile), str(keyfile)
