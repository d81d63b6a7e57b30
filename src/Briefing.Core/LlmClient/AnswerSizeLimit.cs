namespace Briefing.LlmClient;

/// <summary>
/// Caps the bytes read from one model answer (Llm:MaxAnswerBytes) where they come off the wire, so a runaway or
/// hostile server cannot fill memory: an announced Content-Length over the cap fails before reading, and a body
/// that grows past it fails at the first byte over. The failure is <see cref="ModelFailure.AnswerTooLarge"/>, not
/// retried; the engine falls back as for any failed call.
/// </summary>
internal sealed class AnswerSizeLimit(long maxBytes) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
        {
            response.Dispose();
            throw TooLarge($"the answer announces {length:N0} bytes");
        }

        var bounded = new StreamContent(new BoundedStream(await response.Content.ReadAsStreamAsync(cancellationToken), maxBytes));
        foreach (var header in response.Content.Headers) bounded.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = bounded;
        return response;
    }

    private ModelCallException TooLarge(string what) =>
        new(ModelFailure.AnswerTooLarge, $"{what}, over the {maxBytes:N0}-byte cap (Llm:MaxAnswerBytes); not read further");

    private sealed class BoundedStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private int Count(int n)
        {
            _read += n;
            if (_read > maxBytes) throw new ModelCallException(ModelFailure.AnswerTooLarge, $"the answer passed {maxBytes:N0} bytes, the cap (Llm:MaxAnswerBytes); not read further");
            return n;
        }
    }
}
