using System.Net;
using System.Net.Http.Headers;

namespace Briefing.Service.Feeds;

/// <summary>The last hop's answer, with the body read under the size cap (empty unless 2xx).</summary>
/// <param name="LastModified">The Last-Modified header verbatim.</param>
/// <param name="PermanentUrl">Set when every hop up to some point was a 301/308: the URL they led to.</param>
internal sealed record FetchResponse(
    HttpStatusCode Status,
    Uri FinalUrl,
    Uri? PermanentUrl,
    HttpResponseHeaders Headers,
    string? ContentType,
    string? Charset,
    string? LastModified,
    byte[] Body);
