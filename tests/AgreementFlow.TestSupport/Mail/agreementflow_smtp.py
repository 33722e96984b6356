"""Test SMTP handlers for aiosmtpd: a Maildir that refuses some recipients for good.

Run as: /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:<port> -c agreementflow_smtp.RejectingMailbox <maildir>
with this file's folder on PYTHONPATH. A recipient whose address starts with "reject@" gets
550 (mailbox unavailable): a permanent failure the sender must not retry.
"""
from aiosmtpd.handlers import Mailbox


class RejectingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject@"):
            return "550 5.1.1 Mailbox unavailable: no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"
