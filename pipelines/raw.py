"""Keep the bytes exactly as the server sent them, before Scrapy decodes gzip or deflate."""


class KeepRawBytesMiddleware:
    """Stores the still-encoded body and its Content-Encoding in the request meta."""

    def process_response(self, request, response):
        encoding = response.headers.get(b"Content-Encoding")
        if encoding:
            request.meta["raw_body"] = response.body
            request.meta["raw_content_encoding"] = encoding.decode("latin-1")
        request.meta["raw_headers"] = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in response.headers.items()
            for value in values
        ]
        return response
