"""Parses one RFC 5322 message from stdin with Python's standard email package (an independent parser) and prints
what a recipient's mail program would show, as JSON."""
import email, email.policy, hashlib, json, sys

msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
def addresses(name):
    header = msg[name]
    return [] if header is None else [[a.display_name, a.addr_spec] for a in header.addresses]
text = msg.get_body(preferencelist=("plain",))
html = msg.get_body(preferencelist=("html",))
print(json.dumps({
    "subject": str(msg["subject"]),
    "from": addresses("from"),
    "to": addresses("to"),
    "cc": addresses("cc"),
    "inReplyTo": msg["in-reply-to"],
    "references": msg["references"],
    "contentType": msg.get_content_type(),
    "text": None if text is None else text.get_content(),
    "html": None if html is None else html.get_content(),
    "attachments": [{"filename": part.get_filename(), "type": part.get_content_type(),
                     "sha256": hashlib.sha256(part.get_payload(decode=True)).hexdigest()} for part in msg.iter_attachments()],
}))
