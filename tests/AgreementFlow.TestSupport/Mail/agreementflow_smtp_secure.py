"""A test SMTP server that offers STARTTLS and requires AUTH (PLAIN and LOGIN, or LOGIN only) after it.

Run as (AUTH before STARTTLS is answered 538, MAIL before AUTH 530):
  /usr/bin/python3 agreementflow_smtp_secure.py --port P --cert CERT.pem --key KEY.pem --user U --password-file F
      [--only-login] [--no-starttls] --events EVENTS.log MAILDIR
with this file's folder on PYTHONPATH. Built on aiosmtpd's Controller with tls_context, require_starttls,
auth_required, auth_require_tls and an authenticator; the recipients of RejectingMailbox (reject@, busy@) behave
the same. With --no-starttls it offers no STARTTLS and takes AUTH over the plain connection (a
badly set up server a client must not send its password to when it requires STARTTLS). The password is read from its file at each AUTH, so a test can change it while the server runs.

What the server saw goes to the events file, one line each: "STARTTLS", "TLS <version>" once the handshake is
done, "AUTH <mechanism> tls=<yes|no>" for every AUTH command received (even one refused before TLS),
"LOGIN-OK <user>" or "LOGIN-FAILED <user>". Each stored message gets the headers X-TLS (the TLS version, or
"none") and X-Authenticated-As (the user, or "none").
"""
import argparse
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from agreementflow_smtp import RejectingMailbox

_lock = threading.Lock()


def record(path, line):
    with _lock:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def tls_version(session):
    if session.ssl is None:
        return "none"
    ssl_object = session.ssl.get("ssl_object")
    return ssl_object.version() if ssl_object is not None else "unknown"


class SecureMailbox(RejectingMailbox):
    def prepare_message(self, session, envelope):
        message = super().prepare_message(session, envelope)
        message["X-TLS"] = tls_version(session)
        auth = session.auth_data
        user = auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else "none"
        message["X-Authenticated-As"] = user if session.authenticated else "none"
        return message

    async def handle_STARTTLS(self, server, session, envelope):
        return True


class RecordingSMTP(SMTP):
    events = None

    async def smtp_STARTTLS(self, arg):
        record(self.events, "STARTTLS")
        await super().smtp_STARTTLS(arg)
        record(self.events, "TLS " + tls_version(self.session))

    async def smtp_AUTH(self, arg):
        mechanism = (arg or "").split(" ", 1)[0].upper()
        record(self.events, "AUTH %s tls=%s" % (mechanism, "yes" if self._tls_protocol else "no"))
        await super().smtp_AUTH(arg)


class SecureController(Controller):
    def __init__(self, handler, events, **kwargs):
        super().__init__(handler, **kwargs)
        self.events = events

    def factory(self):
        server = RecordingSMTP(self.handler, **self.SMTP_kwargs)
        server.events = self.events
        return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--only-login", action="store_true")
    parser.add_argument("--no-starttls", action="store_true")
    parser.add_argument("--events", required=True)
    parser.add_argument("maildir")
    args = parser.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        user = auth_data.login.decode("utf-8", "replace")
        with open(args.password_file, "r", encoding="utf-8") as f:
            password = f.read()
        ok = auth_data.login == args.user.encode("utf-8") and auth_data.password == password.encode("utf-8")
        record(args.events, ("LOGIN-OK " if ok else "LOGIN-FAILED ") + user)
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    controller = SecureController(
        SecureMailbox(args.maildir),
        args.events,
        hostname="127.0.0.1",
        port=args.port,
        server_hostname="localhost",
        tls_context=None if args.no_starttls else context,
        require_starttls=False,
        auth_required=True,
        auth_require_tls=not args.no_starttls,
        authenticator=authenticate,
        auth_exclude_mechanism=["PLAIN"] if args.only_login else [],
    )
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
