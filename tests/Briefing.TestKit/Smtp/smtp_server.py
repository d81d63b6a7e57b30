"""A scriptable SMTP server for Briefing's tests (Debian's python3-aiosmtpd).

usage: smtp_server.py PORT SCRIPT_JSON MESSAGES_FOLDER

Binds 127.0.0.1:PORT (0 = a free port), prints "READY <port>" and serves until stdin closes (so it never outlives
the test process). The script file is re-read before every command, so a test can change the answers at any time:

{
  "auth": {"user": "u", "password": "p"},          # AUTH required; other credentials get 535, then MAIL gets 530
  "mailFrom": {"code": 550, "text": "5.7.1 sender rejected"},   # answer to every MAIL FROM
  "recipients": {"a@x.test": {"code": 451, "times": 2}},        # per recipient; "times" omitted = always
  "first": {"code": 421, "times": 3},                          # the first N RCPTs (any recipient)
  "data": {"code": 554, "times": 1},                          # answer to the end of DATA (message not saved)
  "dropAfterData": ["b@x.test"] or ["*"],                      # save the message, then close without a reply
  "dropOn": "MAIL" | "RCPT" | "DATA",                          # close without a reply at that command (nothing saved)
  "tls": {"certFile": "c.pem", "keyFile": "k.pem", "implicit": false}   # read at start: STARTTLS offered and
                                                                       # required, or TLS from the first byte
}
A reply rule may say "close": true: the reply is sent, then the connection closed (421 and close).
The number of connections accepted so far is kept in MESSAGES_FOLDER/../connections.

Accepted messages are saved as MESSAGES_FOLDER/NNNNNN.eml (written to a temporary name, then renamed).
"""
import asyncio
import json
import os
import ssl
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

DEFAULT_TEXT = {421: "4.3.2 Service not available, closing channel", 450: "4.2.0 Mailbox busy",
                451: "4.3.0 Local error, try again later", 452: "4.5.3 Too many recipients, try later",
                454: "4.7.0 Temporary authentication failure", 530: "5.7.0 Authentication required",
                535: "5.7.8 Authentication credentials invalid", 550: "5.1.1 Mailbox unavailable",
                553: "5.1.3 Mailbox name not allowed", 554: "5.7.1 Transaction failed"}


def reply(rule, server=None):
    code = int(rule["code"])
    if rule.get("close") and server is not None:
        asyncio.get_running_loop().call_soon(server.transport.close)
    return "%d %s" % (code, rule.get("text") or DEFAULT_TEXT.get(code, "Scripted reply"))


def dropped(handler, server, command):
    if handler.script().get("dropOn") == command:
        server.transport.abort()
        return True
    return False


class Handler:
    def __init__(self, script_path, folder):
        self.script_path = script_path
        self.folder = folder
        self.counts = {}
        self.first = 0
        self.saved = len([f for f in os.listdir(folder) if f.endswith(".eml")])
        self.version = None

    def script(self):
        try:
            with open(self.script_path, encoding="utf-8") as f:
                s = json.load(f)
        except (OSError, ValueError):
            s = {}
        if s.get("version") != self.version:
            self.version = s.get("version")
            self.counts = {}
            self.first = 0
        return s

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if dropped(self, server, "MAIL"):
            return "421 dropped"
        rule = self.script().get("mailFrom")
        if rule:
            return reply(rule, server)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if dropped(self, server, "RCPT"):
            return "421 dropped"
        s = self.script()
        first = s.get("first")
        if first and self.first < int(first.get("times", 0)):
            self.first += 1
            return reply(first, server)
        rules = {k.lower(): v for k, v in (s.get("recipients") or {}).items()}
        rule = rules.get(address.lower())
        if rule:
            n = self.counts.get(address.lower(), 0)
            if rule.get("times") is None or n < int(rule["times"]):
                self.counts[address.lower()] = n + 1
                return reply(rule, server)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if dropped(self, server, "DATA"):
            return "421 dropped"
        rule = self.script().get("data")
        if rule and (rule.get("times") is None or self.counts.get("", 0) < int(rule["times"])):
            self.counts[""] = self.counts.get("", 0) + 1
            return reply(rule, server)
        self.saved += 1
        name = os.path.join(self.folder, "%06d.eml" % self.saved)
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".tmp", name)
        drop = self.script().get("dropAfterData") or []
        if "*" in drop or any(r.lower() in drop for r in envelope.rcpt_tos):
            server.transport.abort()
        return "250 2.0.0 Message accepted"


class Smtp(SMTP):
    """SASL mechanism names are case-insensitive (RFC 4422); aiosmtpd 1.4 only knows upper case, System.Net.Mail
    sends "AUTH login"."""

    async def smtp_AUTH(self, arg):
        if arg:
            parts = arg.split(None, 1)
            arg = " ".join([parts[0].upper()] + parts[1:])
        return await super().smtp_AUTH(arg)


class Authenticator:
    def __init__(self, handler):
        self.handler = handler

    def __call__(self, server, session, envelope, mechanism, auth_data):
        auth = self.handler.script().get("auth") or {}
        ok = isinstance(auth_data, LoginPassword) and \
            auth_data.login.decode() == auth.get("user") and auth_data.password.decode() == auth.get("password")
        return AuthResult(success=ok, handled=False)


async def main(port, script_path, folder):
    warnings.simplefilter("ignore")  # AUTH without TLS is the point here: loopback only
    os.makedirs(folder, exist_ok=True)
    handler = Handler(script_path, folder)
    requires_auth = bool(handler.script().get("auth"))
    tls = handler.script().get("tls")
    context = None
    if tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(tls["certFile"], tls["keyFile"])
    implicit = bool(tls and tls.get("implicit"))
    loop = asyncio.get_running_loop()
    connections = os.path.join(os.path.dirname(os.path.abspath(folder)), "connections")
    count = [0]

    def factory():
        count[0] += 1
        with open(connections + ".tmp", "w") as f:
            f.write(str(count[0]))
        os.replace(connections + ".tmp", connections)
        return Smtp(handler, hostname="smtp.test", decode_data=False, enable_SMTPUTF8=False,
                    authenticator=Authenticator(handler) if requires_auth else None,
                    auth_required=requires_auth, auth_require_tls=False,
                    tls_context=None if implicit else context, require_starttls=bool(context) and not implicit)

    server = await loop.create_server(factory, "127.0.0.1", port, reuse_address=True, ssl=context if implicit else None)
    print("READY %d" % server.sockets[0].getsockname()[1], flush=True)
    stop = asyncio.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True).start()
    await stop.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2], sys.argv[3]))
