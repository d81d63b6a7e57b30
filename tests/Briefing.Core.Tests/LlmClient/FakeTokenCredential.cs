using System.Collections.Concurrent;
using Azure.Core;

namespace Briefing.Tests.LlmClient;

/// <summary>A Microsoft Entra ID credential that hands out a fixed token and records the scopes asked for.</summary>
public sealed class FakeTokenCredential(string token) : TokenCredential
{
    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<string> Scopes => [.. _scopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var s in requestContext.Scopes) _scopes.Enqueue(s);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
