"""Prints the messages of a Maildir as JSON, decoded by Python's email package (an independent MIME reader)."""
import email
import email.policy
import json
import os
import sys

root = sys.argv[1]
messages = []
for sub in ("new", "cur"):
    folder = os.path.join(root, sub)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        attachments = []
        for part in msg.iter_attachments():
            payload = part.get_payload(decode=True) or b""
            attachments.append({
                "fileName": part.get_filename(),
                "contentType": part.get_content_type(),
                "content": payload.decode("utf-8", "replace"),
            })
        messages.append({
            "file": name,
            "subject": str(msg["Subject"]),
            "rawHeaders": raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii", "replace"),
            "messageId": str(msg["Message-ID"]),
            "to": str(msg["To"]),
            "from": str(msg["From"]),
            "listUnsubscribe": str(msg["List-Unsubscribe"]) if msg["List-Unsubscribe"] else None,
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "attachments": attachments,
        })
json.dump(messages, sys.stdout, ensure_ascii=False)
