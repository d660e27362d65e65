"""What a browser page meets that a person never sees but that means something broke: console
errors, uncaught script errors and answers of 400 or more (an autosave the server refused, a
request that failed). The admin journeys fail on any of them."""


class ConsoleWatch:
    def __init__(self, page):
        self.problems = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("response", self._on_response)

    def _on_console(self, message):
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _on_response(self, response):
        if response.status >= 400:
            request = response.request
            self.problems.append(f"{response.status} for {request.method} {request.url}")

    def assert_none(self, where):
        assert self.problems == [], f"{where}:\n" + "\n".join(self.problems)
