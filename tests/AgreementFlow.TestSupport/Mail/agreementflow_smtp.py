"""Test SMTP handlers for aiosmtpd: a Maildir that refuses some recipients for good.

Run as: /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:<port> -c agreementflow_smtp.RejectingMailbox <maildir>
with this file's folder on PYTHONPATH. A recipient whose address starts with "reject@" gets
550 (mailbox unavailable): a permanent failure the sender must not retry; one starting with "busy@"
gets 451 (try again later): a transient failure.
"""
from aiosmtpd.handlers import Mailbox


class RejectingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject@"):
            return "550 5.1.1 Mailbox unavailable: no such user here"
        if address.lower().startswith("busy@"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"
