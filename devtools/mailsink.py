"""A mail server for the load checks: it speaks just enough SMTP to take a message (no TLS, no
sign-in) and keeps every message it takes. It can be stopped and started again on the same
port, as a real mail server goes down and comes back. Standard library only: `make loadcheck`
runs it outside any Django process."""

import email
import socketserver
import threading
from email import policy


class Message:
    def __init__(self, sender, recipients, data):
        self.sender, self.recipients = sender, recipients
        self.parsed = email.message_from_bytes(data, policy=policy.default)

    @property
    def subject(self):
        return str(self.parsed["Subject"] or "")

    @property
    def body(self):
        part = self.parsed.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


class _Session(socketserver.StreamRequestHandler):
    timeout = 30

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 lead-mailsink ESMTP")
        sender, recipients = None, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 lead-mailsink")
            elif verb == "MAIL":
                sender, recipients = command.partition(":")[2].strip(), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.partition(":")[2].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                self.server.sink.keep(Message(sender, recipients, self.read_data()))
                self.reply("250 OK: kept")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Not implemented")

    def read_data(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class MailSink:
    """`MailSink(port)`: `start()` and `stop()` (as often as wanted), `messages` kept."""

    def __init__(self, port):
        self.port = port
        self.messages, self.lock = [], threading.Lock()
        self.server = self.thread = None

    def keep(self, message):
        with self.lock:
            self.messages.append(message)

    def start(self):
        self.server = _Server(("127.0.0.1", self.port), _Session)
        self.server.sink = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.thread.join()
            self.server = self.thread = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()
